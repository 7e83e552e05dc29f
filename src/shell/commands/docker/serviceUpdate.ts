// `docker service update [OPTIONS] SERVICE`: merges the flags into the service's spec as
// cli/command/service/update.go does (--image, --replicas, --env-add/rm, --publish-add/rm,
// --constraint-add/rm, --force, the update and restart policies, --rollback), prints the name
// as typed, then follows the rolling update to convergence (unless -d).
import { rollbackService, updateService } from '../../../engine/swarm/services';
import type { ServiceSpec } from '../../../engine/world';
import type { FlagSpec, ParsedArgs } from '../../cli/flagTypes';
import { reportDaemonError } from './errors';
import { followService, SERVICE_SPEC_FLAGS } from './serviceCreate';
import { parsePublishFlag, ServiceFlagError, specFromFlags } from './serviceFlags';
import type { DockerSubcommand } from './subcommand';

const KEEP = new Set(['detach', 'limit-memory', 'replicas', 'reserve-memory', 'restart-condition', 'restart-delay', 'update-delay', 'update-failure-action', 'update-parallelism']);

/** `--env-add K=V` replaces K's entry; `--env-rm K` drops it. */
function mergeEnv(env: string[], add: string[], rm: string[]): string[] {
  const key = (e: string) => e.split('=')[0];
  let out = env.filter((e) => !rm.includes(key(e)));
  for (const a of add) out = [...out.filter((e) => key(e) !== key(a)), a];
  return out;
}

function merge(args: ParsedArgs, spec: ServiceSpec): ServiceSpec {
  const f = args.flags;
  const list = (name: string) => (f[name] as string[] | undefined) ?? [];
  const next: ServiceSpec = { ...spec, ...specFromFlags(args) };
  if (f.image !== undefined) next.image = f.image as string;
  if (f.args !== undefined) next.args = (f.args as string).split(/\s+/).filter(Boolean);
  next.env = mergeEnv(spec.env, list('env-add'), list('env-rm'));
  next.constraints = [...spec.constraints.filter((c) => !list('constraint-rm').includes(c)), ...list('constraint-add').filter((c) => !spec.constraints.includes(c))];
  // publish-rm names target ports (`80`, `80/udp`, or a full spec whose target counts)
  const removed = list('publish-rm').flatMap(parsePublishFlag);
  let ports = spec.ports.filter((p) => !removed.some((r) => r.targetPort === p.targetPort && r.protocol === p.protocol));
  for (const p of list('publish-add').flatMap(parsePublishFlag)) ports = [...ports.filter((q) => !(q.publishedPort === p.publishedPort && q.protocol === p.protocol)), p];
  next.ports = ports.sort((a, b) => a.publishedPort - b.publishedPort || a.targetPort - b.targetPort);
  next.networks = [...spec.networks.filter((n) => !list('network-rm').includes(n)), ...list('network-add')];
  if (f.force === true) next.forceUpdate = spec.forceUpdate + 1;
  return next;
}

export const serviceUpdateCommand: DockerSubcommand = {
  spec: {
    path: 'docker service update',
    usage: '[OPTIONS] SERVICE',
    description: 'Update a service',
    args: { exact: 1 },
    flags: (
      [
      { long: 'args', kind: 'string', valueName: 'command', description: 'Service command args' },
      { long: 'constraint-add', kind: 'stringArray', valueName: 'list', description: 'Add or update a placement constraint' },
      { long: 'constraint-rm', kind: 'stringArray', valueName: 'list', description: 'Remove a constraint' },
      { long: 'env-add', kind: 'stringArray', valueName: 'list', description: 'Add or update an environment variable' },
      { long: 'env-rm', kind: 'stringArray', valueName: 'list', description: 'Remove an environment variable' },
      { long: 'force', kind: 'bool', description: 'Force update even if no changes require it' },
      { long: 'image', kind: 'string', description: 'Service image tag' },
      { long: 'network-add', kind: 'stringArray', valueName: 'network', description: 'Add a network' },
      { long: 'network-rm', kind: 'stringArray', valueName: 'list', description: 'Remove a network' },
      { long: 'publish-add', kind: 'stringArray', valueName: 'port', description: 'Add or update a published port' },
      { long: 'publish-rm', kind: 'stringArray', valueName: 'port', description: 'Remove a published port by its target port' },
      { long: 'rollback', kind: 'bool', description: 'Rollback to previous specification' },
      ...SERVICE_SPEC_FLAGS.filter((flag) => KEEP.has(flag.long)),
      ] as FlagSpec[]
    ).sort((a, b) => (a.long < b.long ? -1 : 1)),
  },
  run(cx, args) {
    const ref = args.positionals[0];
    let service;
    try {
      service = args.flags.rollback === true ? rollbackService(cx.ctx, cx.host, ref) : updateService(cx.ctx, cx.host, ref, (spec) => merge(args, spec));
    } catch (e) {
      if (e instanceof ServiceFlagError) {
        cx.err(`${e.message}\n`);
        return 125;
      }
      return reportDaemonError(cx, e);
    }
    cx.out(`${ref}\n`);
    followService(cx, args.flags.detach === true, service.id, ref);
    return 0;
  },
};
