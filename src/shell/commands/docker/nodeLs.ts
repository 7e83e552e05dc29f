// `docker node ls`: ID (with ` *` for this node), HOSTNAME, STATUS, AVAILABILITY, MANAGER STATUS, ENGINE VERSION.
import { isReachable, requireManager } from '../../../engine/swarm/cluster';
import { listNodes } from '../../../engine/queries/swarm';
import type { Cluster, SwarmNode, World } from '../../../engine/world';
import { reportDaemonError } from './errors';
import { printFormatted } from './formatted';
import type { DockerSubcommand } from './subcommand';

const HEADERS = { ID: 'ID', Self: '', Hostname: 'HOSTNAME', Status: 'STATUS', Availability: 'AVAILABILITY', ManagerStatus: 'MANAGER STATUS', EngineVersion: 'ENGINE VERSION', TLSStatus: 'TLS STATUS' };

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function managerStatus(world: World, cluster: Cluster, n: SwarmNode): string {
  if (n.role !== 'manager' || n.raftRemoved) return '';
  if (cluster.leader === n.id) return 'Leader';
  return isReachable(world, n) ? 'Reachable' : 'Unreachable';
}

export const nodeLsCommand: DockerSubcommand = {
  spec: {
    path: 'docker node ls',
    usage: '[OPTIONS]',
    description: 'List nodes in the swarm',
    aliases: ['docker node list'],
    args: { max: 0 },
    flags: [
      { long: 'filter', short: 'f', kind: 'stringArray', valueName: 'filter', description: 'Filter output based on conditions provided' },
      { long: 'format', kind: 'string', description: 'Pretty-print nodes using a Go template' },
      { long: 'quiet', short: 'q', kind: 'bool', description: 'Only display IDs' },
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
    const rows = listNodes(cluster).map((n) => ({
      ID: n.id,
      Self: n.id === selfId,
      Hostname: n.host,
      Status: cap(n.status),
      Availability: cap(n.availability),
      ManagerStatus: managerStatus(cx.ctx.world, cluster, n),
      EngineVersion: cx.profile.version,
      TLSStatus: 'Ready',
    }));
    const format =
      args.flags.quiet === true
        ? '{{.ID}}'
        : ((args.flags.format as string | undefined) ?? 'table {{.ID}} {{if .Self}}*{{else}} {{end}}\t{{.Hostname}}\t{{.Status}}\t{{.Availability}}\t{{.ManagerStatus}}\t{{.EngineVersion}}');
    return printFormatted(cx, format, rows, HEADERS);
  },
};
