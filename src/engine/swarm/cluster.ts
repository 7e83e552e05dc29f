// Finding a host's cluster and node, and the guards every swarm-only API call goes through:
// not in a swarm, a worker, or a cluster without a Raft leader answer with the daemon's errors.
import { SimError } from '../errors';
import type { Cluster, SwarmNode, World } from '../world';
import { NO_QUORUM, NOT_IN_SWARM_MANAGER, WORKER_NOT_MANAGER } from './swarmErrors';

export function getClusterOf(world: World, host: string): Cluster | undefined {
  const m = world.hosts[host]?.daemon.swarm;
  return m ? world.swarms[m.clusterId] : undefined;
}

export function getSelfNode(world: World, host: string): SwarmNode | undefined {
  const m = world.hosts[host]?.daemon.swarm;
  return m ? world.swarms[m.clusterId]?.nodes[m.nodeId] : undefined;
}

export function nodeOfHost(cluster: Cluster, host: string): SwarmNode | undefined {
  return Object.values(cluster.nodes).find((n) => n.host === host);
}

/** The Raft members: managers, less those `--force-new-cluster` dropped. */
export function managers(cluster: Cluster): SwarmNode[] {
  return Object.values(cluster.nodes).filter((n) => n.role === 'manager' && !n.raftRemoved);
}

/** The node's engine answers: its VM runs and its daemon still belongs to this cluster as this node. */
export function isReachable(world: World, node: SwarmNode): boolean {
  const h = world.hosts[node.host];
  return !!h && h.daemon.running && h.daemon.swarm?.nodeId === node.id;
}

/** Raft quorum: more than half of the members are reachable. */
export function hasQuorum(world: World, cluster: Cluster): boolean {
  const all = managers(cluster);
  return all.filter((n) => isReachable(world, n)).length * 2 > all.length;
}

/** The cluster behind a manager API call, or the daemon's refusal. */
export function requireManager(world: World, host: string): { cluster: Cluster; self: SwarmNode } {
  const cluster = getClusterOf(world, host);
  const self = getSelfNode(world, host);
  if (!cluster || !self) throw new SimError(NOT_IN_SWARM_MANAGER, 'system');
  if (self.role !== 'manager') throw new SimError(WORKER_NOT_MANAGER, 'system');
  if (!cluster.leader) throw new SimError(NO_QUORUM, 'system');
  return { cluster, self };
}

/** The next Raft version index: every stored object carries the index of its last write. */
export function bumpVersion(cluster: Cluster): number {
  return ++cluster.version;
}
