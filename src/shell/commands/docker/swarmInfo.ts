// The Swarm lines of `docker info` (cli/command/system/info.go printSwarmInfo): the state, and
// on an active node its id, role, and on managers the cluster block; then the node address and
// the managers' addresses. `indent` is the era's indent under `Swarm:`.
import { getClusterOf, getSelfNode, managers } from '../../../engine/swarm/cluster';
import { SWARM_PORT } from '../../../engine/swarm/membership';
import type { CommandContext } from '../../types';

export function swarmInfoText(cx: CommandContext, indent: string): string {
  const cluster = getClusterOf(cx.ctx.world, cx.host);
  const self = getSelfNode(cx.ctx.world, cx.host);
  if (!cluster || !self) return 'inactive';
  const i = indent;
  const lines = [`active`, `${i}NodeID: ${self.id}`, `${i}Is Manager: ${self.role === 'manager'}`];
  if (self.role === 'manager' && cluster.leader) {
    lines.push(
      `${i}ClusterID: ${cluster.id}`,
      `${i}Managers: ${managers(cluster).length}`,
      `${i}Nodes: ${Object.keys(cluster.nodes).length}`,
      ...cx.profile.swarm.infoPoolLines.map((l) => `${i}${l}`),
      `${i}Orchestration:`,
      `${i} Task History Retention Limit: 5`,
      `${i}Raft:`,
      `${i} Snapshot Interval: 10000`,
      `${i} Number of Old Snapshots to Retain: 0`,
      `${i} Heartbeat Tick: 1`,
      `${i} Election Tick: 10`,
      `${i}Dispatcher:`,
      `${i} Heartbeat Period: 5 seconds`,
      `${i}CA Configuration:`,
      `${i} Expiry Duration: 3 months`,
      `${i} Force Rotate: 0`,
      `${i}Autolock Managers: false`,
      `${i}Root Rotation In Progress: false`,
    );
  }
  lines.push(`${i}Node Address: ${self.addr}`);
  const addrs = managers(cluster)
    .filter((m) => m.status === 'ready')
    .map((m) => `${m.addr}:${SWARM_PORT}`)
    .sort();
  if (addrs.length) lines.push(`${i}Manager Addresses:`, ...addrs.map((a) => `${i} ${a}`));
  return lines.join('\n');
}
