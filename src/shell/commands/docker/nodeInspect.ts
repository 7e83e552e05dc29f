// `docker node inspect [--pretty] [-f FORMAT] self|NODE…`: the API's JSON, or docker/cli's
// pretty template (raw tabs, no table writer). `self` is the node the command runs on.
import { bytesSize } from '../../format/units';
import { formatGoTimeString } from '../../format/timeFormat';
import { requireManager } from '../../../engine/swarm/cluster';
import { mustFindNode } from '../../../engine/swarm/nodes';
import type { Cluster, SwarmNode } from '../../../engine/world';
import type { CommandContext } from '../../types';
import { errorText, reportDaemonError } from './errors';
import { runInspect } from './inspectOutput';
import { enginePlugins, engineLabels, nodeJson, reachability } from './nodeJson';
import type { DockerSubcommand } from './subcommand';
import { SWARM_PORT } from '../../../engine/swarm/membership';
import { caPublicKey, caTrustRoot, CA_SUBJECT_B64 } from '../../../engine/swarm/caCert';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** time.Time's String() with the nanoseconds swarm stamps (the ms from the clock, the rest from the id). */
function joinedAt(node: SwarmNode): string {
  return formatGoTimeString(node.createdAt, parseInt(node.id.slice(0, 4), 36) % 1_000_000);
}

export function prettyNode(cx: CommandContext, cluster: Cluster, node: SwarmNode): string {
  const out: string[] = [`ID:\t\t\t${node.id}`];
  const labels = Object.keys(node.labels).sort();
  if (labels.length) out.push('Labels:', ...labels.map((k) => ` - ${k}${node.labels[k] ? `=${node.labels[k]}` : ''}`));
  out.push(`Hostname:              \t${node.host}`, `Joined at:             \t${joinedAt(node)}`, 'Status:', ` State:\t\t\t${cap(node.status)}`);
  if (node.status === 'down') out.push(` Message:              \tHeartbeat failure`);
  out.push(` Availability:         \t${cap(node.availability)}`, ` Address:\t\t${node.addr}`);
  if (node.role === 'manager' && !node.raftRemoved) {
    out.push('Manager Status:', ` Address:\t\t${node.addr}:${SWARM_PORT}`, ` Raft Status:\t\t${cap(reachability(cx, node))}`, ` Leader:\t\t${cluster.leader === node.id ? 'Yes' : 'No'}`);
  }
  out.push('Platform:', ' Operating System:\tlinux', ' Architecture:\t\tx86_64', 'Resources:', ' CPUs:\t\t\t1', ` Memory:\t\t${bytesSize(cx.profile.cli.info.totalMemory)}`);
  const plugins = enginePlugins(cx.profile);
  out.push('Plugins:');
  for (const type of [...new Set(plugins.map((p) => p.Type))]) {
    out.push(` ${type}:\t\t${plugins
      .filter((p) => p.Type === type)
      .map((p) => p.Name)
      .join(', ')}`);
  }
  out.push(`Engine Version:\t\t${cx.profile.version}`);
  const engine = engineLabels(cx, node);
  if (Object.keys(engine).length) out.push('Engine Labels:', ...Object.keys(engine).map((k) => ` - ${k}=${engine[k]}`));
  out.push('TLS Info:', ' TrustRoot:', caTrustRoot(cluster.caDigest), ` Issuer Subject:\t${CA_SUBJECT_B64}`, ` Issuer Public Key:\t${caPublicKey(cluster.caDigest)}`);
  return `${out.join('\n')}\n`;
}

export const nodeInspectCommand: DockerSubcommand = {
  spec: {
    path: 'docker node inspect',
    usage: '[OPTIONS] self|NODE [NODE...]',
    description: 'Display detailed information on one or more nodes',
    args: { min: 1 },
    flags: [
      { long: 'format', short: 'f', kind: 'string', description: 'Format the output using the given Go template' },
      { long: 'pretty', kind: 'bool', description: 'Print the information in a human friendly format' },
    ],
  },
  run(cx, args) {
    let cluster: Cluster;
    let selfId: string;
    try {
      const r = requireManager(cx.ctx.world, cx.host);
      cluster = r.cluster;
      selfId = r.self.id;
    } catch (e) {
      return reportDaemonError(cx, e);
    }
    const find = (ref: string) => mustFindNode(cluster, ref === 'self' ? selfId : ref);
    const notFound = (ref: string, e: unknown) => {
      const template = cx.profile.cli.clientNotFound;
      return template ? template.replace('{object}', 'node').replace('{name}', ref) : errorText(e);
    };
    if (args.flags.pretty === true && args.flags.format === undefined) {
      let code = 0;
      // the formatter writes each node's text and a newline, nothing between nodes
      args.positionals.forEach((ref) => {
        try {
          cx.out(prettyNode(cx, cluster, find(ref)));
        } catch (e) {
          cx.err(`${notFound(ref, e)}\n`);
          code = 1;
        }
      });
      return code;
    }
    const format = args.flags.format as string | undefined;
    return runInspect(cx, args.positionals, format, (ref) => {
      try {
        const json = nodeJson(cx, cluster, find(ref));
        // a template runs over the typed struct: a worker's nil ManagerStatus is there, as null
        return { value: format ? { ...json, ManagerStatus: json.ManagerStatus ?? null } : json };
      } catch (e) {
        return { error: notFound(ref, e) };
      }
    });
  },
};
