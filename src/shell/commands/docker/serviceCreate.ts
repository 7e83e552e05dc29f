// `docker service create [OPTIONS] IMAGE [COMMAND] [ARG...]`: prints the new service's id, then
// (unless -d) follows its convergence as a foreground job (jobs/dockerJobs/serviceProgressJob.ts).
import { createService } from '../../../engine/swarm/services';
import { runtimeOf } from '../../interp/runtime';
import { progressJob } from '../../jobs/dockerJobs/serviceProgressJob';
import type { CommandContext } from '../../types';
import { reportDaemonError } from './errors';
import { ServiceFlagError, specFromFlags } from './serviceFlags';
import type { DockerSubcommand } from './subcommand';

/** Follow convergence unless -d, or where no foreground job can run (a script, `cmd &`). */
export function followService(cx: CommandContext, detach: boolean, serviceId: string, ref: string): void {
  if (detach) return;
  const rt = runtimeOf(cx);
  if (!rt.jobsAllowed || rt.bgJob !== null) return;
  cx.startJob(progressJob(cx.ctx.world.now, serviceId, ref));
}

export const SERVICE_SPEC_FLAGS: DockerSubcommand['spec']['flags'] = [
  { long: 'constraint', kind: 'stringArray', valueName: 'list', description: 'Placement constraints' },
  { long: 'detach', short: 'd', kind: 'bool', description: 'Exit immediately instead of waiting for the service to converge' },
  { long: 'env', short: 'e', kind: 'stringArray', valueName: 'list', description: 'Set environment variables' },
  { long: 'limit-memory', kind: 'bytes', valueName: 'bytes', description: 'Limit Memory', defaultText: '0' },
  { long: 'mode', kind: 'string', description: 'Service mode ("replicated", "global", "replicated-job", "global-job")', defaultText: '"replicated"' },
  { long: 'name', kind: 'string', description: 'Service name' },
  { long: 'network', kind: 'stringArray', valueName: 'network', description: 'Network attachments' },
  { long: 'publish', short: 'p', kind: 'stringArray', valueName: 'port', description: 'Publish a port as a node port' },
  { long: 'replicas', kind: 'int', valueName: 'uint', description: 'Number of tasks' },
  { long: 'reserve-memory', kind: 'bytes', valueName: 'bytes', description: 'Reserve Memory', defaultText: '0' },
  { long: 'restart-condition', kind: 'string', description: 'Restart when condition is met ("none", "on-failure", "any") (default "any")' },
  { long: 'restart-delay', kind: 'duration', description: 'Delay between restart attempts (ns|us|ms|s|m|h) (default 5s)' },
  { long: 'update-delay', kind: 'duration', description: 'Delay between updates (ns|us|ms|s|m|h) (default 0s)' },
  { long: 'update-failure-action', kind: 'string', description: 'Action on update failure ("pause", "continue", "rollback") (default "pause")' },
  { long: 'update-parallelism', kind: 'int', valueName: 'uint', description: 'Maximum number of tasks updated simultaneously (0 to update all at once)', defaultText: '1' },
];

export const serviceCreateCommand: DockerSubcommand = {
  spec: {
    path: 'docker service create',
    usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
    description: 'Create a new service',
    stopAtFirstPositional: true,
    args: { min: 1 },
    flags: SERVICE_SPEC_FLAGS,
  },
  run(cx, args) {
    const [image, ...cmd] = args.positionals;
    let service;
    try {
      service = createService(cx.ctx, cx.host, { ...specFromFlags(args), image, args: cmd });
    } catch (e) {
      if (e instanceof ServiceFlagError) {
        cx.err(`${e.message}\n`);
        return 125;
      }
      return reportDaemonError(cx, e);
    }
    cx.out(`${service.id}\n`);
    followService(cx, args.flags.detach === true, service.id, service.id);
    return 0;
  },
};
