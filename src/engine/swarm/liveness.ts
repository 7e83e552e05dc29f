// Node liveness as the managers see it, checked on every tick (a few nodes per cluster): a node
// whose VM stopped misses its heartbeats and is marked Down after the dispatcher's grace period
// (Heartbeat Period 5 s × 3); its tasks then move (orchestrator.ts). A Raft leader that stops
// answering starts an election at once (raft.ts waits the election timeout). A node whose VM
// boots again is Ready again.
import type { Ctx } from '../ctx';
import type { Cluster } from '../world';
import { isReachable } from './cluster';

export const NODE_DOWN_MS = 15_000;

export function checkNodes(ctx: Ctx, cluster: Cluster): void {
  const { world } = ctx;
  for (const node of Object.values(cluster.nodes)) {
    const up = isReachable(world, node);
    if (up) {
      if (node.lostAt !== undefined) node.lostAt = undefined;
      if (node.status === 'down') {
        Object.assign(node, { status: 'ready', updatedAt: world.now, version: ++cluster.version });
        cluster.dirty = true;
      }
      continue;
    }
    if (node.status !== 'ready') continue;
    // A node that left (`swarm leave`) is marked Down by leaveSwarm itself.
    if (!world.hosts[node.host] || world.hosts[node.host].daemon.swarm?.nodeId !== node.id) continue;
    if (node.lostAt === undefined) {
      node.lostAt = world.now;
      // a manager gone may cost the quorum: Raft looks at once
      if (node.role === 'manager') cluster.dirty = true;
    }
    if (world.now >= node.lostAt + NODE_DOWN_MS) {
      Object.assign(node, { status: 'down', lostAt: undefined, updatedAt: world.now, version: ++cluster.version });
      cluster.dirty = true;
    } else cluster.wakeAt = Math.min(cluster.wakeAt, node.lostAt + NODE_DOWN_MS);
    if (cluster.leader === node.id && cluster.electionAt === undefined) cluster.dirty = true;
  }
}
