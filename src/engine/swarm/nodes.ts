// Node operations on the Raft store: find a node by id, hostname or id prefix (moby's getNode),
// promote, demote (swarmkit's last-manager and quorum safeguards), remove (only a Down worker,
// unless --force) and update (availability, labels). Availability changes only mark the cluster
// dirty: the orchestrator moves tasks off a drained node on its next pass.
import type { Ctx } from '../ctx';
import { SimError } from '../errors';
import type { Cluster, NodeAvailability, SwarmNode } from '../world';
import { bumpVersion, isReachable, managers, requireManager } from './cluster';
import { removeTaskContainer } from './taskContainers';
import { getTask, listTaskSnapshots, removeTask } from './taskTable';
import { removeSwarmNetworks } from './swarmNetworks';

const rpc = (code: string, desc: string) => `rpc error: code = ${code} desc = ${desc}`;

export function findNode(cluster: Cluster, ref: string): SwarmNode | undefined {
  const all = Object.values(cluster.nodes);
  return all.find((n) => n.id === ref) ?? all.find((n) => n.host === ref) ?? (ref ? all.find((n) => n.id.startsWith(ref)) : undefined);
}

export function mustFindNode(cluster: Cluster, ref: string): SwarmNode {
  const n = findNode(cluster, ref);
  if (!n) throw new SimError(`node ${ref} not found`, 'notFound');
  return n;
}

function touch(ctx: Ctx, cluster: Cluster, node: SwarmNode): void {
  node.updatedAt = ctx.world.now;
  node.version = bumpVersion(cluster);
  cluster.dirty = true;
}

/** `node promote`: false when the node already is a manager (the CLI says so and succeeds). */
export function promoteNode(ctx: Ctx, host: string, ref: string): boolean {
  const { cluster } = requireManager(ctx.world, host);
  const node = mustFindNode(cluster, ref);
  if (node.role === 'manager') return false;
  node.role = 'manager';
  touch(ctx, cluster, node);
  return true;
}

/** `node demote`: false when the node already is a worker. */
export function demoteNode(ctx: Ctx, host: string, ref: string): boolean {
  const { cluster, self } = requireManager(ctx.world, host);
  const node = mustFindNode(cluster, ref);
  if (node.role === 'worker') return false;
  const members = managers(cluster);
  if (Object.values(cluster.nodes).filter((n) => n.role === 'manager').length === 1) {
    throw new SimError(rpc('FailedPrecondition', 'attempting to demote the last manager of the swarm'), 'conflict');
  }
  if (node.raftRemoved) throw new SimError(rpc('NotFound', "can't find manager in raft memberlist"), 'system');
  // swarmkit's CanRemoveMember: the members left must still make a quorum of the current count.
  const reachableAfter = members.filter((m) => m.id !== node.id && (m.id === self.id || isReachable(ctx.world, m))).length;
  if (reachableAfter < Math.floor((members.length - 1) / 2) + 1) {
    throw new SimError(rpc('FailedPrecondition', "can't remove member from the raft: this would result in a loss of quorum"), 'conflict');
  }
  node.role = 'worker';
  if (cluster.leader === node.id) {
    cluster.leader = members.filter((m) => m.id !== node.id && isReachable(ctx.world, m)).sort((a, b) => (a.host < b.host ? -1 : 1))[0]?.id ?? '';
    cluster.term++;
  }
  touch(ctx, cluster, node);
  return true;
}

/** `node rm [--force]`: the node leaves the store; a running one is cut off (its tasks go). */
export function removeNode(ctx: Ctx, host: string, ref: string, force: boolean): SwarmNode {
  const { cluster } = requireManager(ctx.world, host);
  const node = mustFindNode(cluster, ref);
  if (node.role === 'manager' && !node.raftRemoved) {
    throw new SimError(rpc('FailedPrecondition', `node ${node.id} is a cluster manager and is a member of the raft cluster. It must be demoted to worker before removal`), 'conflict');
  }
  if (!force && node.status === 'ready') throw new SimError(rpc('FailedPrecondition', `node ${node.id} is not down and can't be removed`), 'conflict');
  for (const snap of listTaskSnapshots(cluster, (t) => t.nodeId === node.id)) {
    removeTaskContainer(ctx, cluster, getTask(cluster, snap.id)!);
    removeTask(cluster, snap.id);
  }
  const h = ctx.world.hosts[node.host];
  if (h?.daemon.swarm?.nodeId === node.id) {
    removeSwarmNetworks(ctx, node.host);
    delete h.daemon.swarm;
  }
  delete cluster.nodes[node.id];
  bumpVersion(cluster);
  cluster.dirty = true;
  return node;
}

export interface NodeUpdate {
  availability?: NodeAvailability;
  labelAdd?: string[];
  labelRm?: string[];
}

export class NodeUpdateError extends Error {}

/** `node update`: labels first checked as the CLI does (a missing key to remove fails before any change). */
export function updateNode(ctx: Ctx, host: string, ref: string, update: NodeUpdate): SwarmNode {
  const { cluster } = requireManager(ctx.world, host);
  const node = mustFindNode(cluster, ref);
  const labels = { ...node.labels };
  for (const kv of update.labelAdd ?? []) {
    const i = kv.indexOf('=');
    if (i < 0) labels[kv] = '';
    else labels[kv.slice(0, i)] = kv.slice(i + 1);
  }
  for (const k of update.labelRm ?? []) {
    if (!Object.hasOwn(labels, k)) throw new NodeUpdateError(`key ${k} doesn't exist in node's labels`);
    delete labels[k];
  }
  node.labels = labels;
  if (update.availability) node.availability = update.availability;
  touch(ctx, cluster, node);
  return node;
}
