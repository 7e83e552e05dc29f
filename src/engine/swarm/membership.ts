// swarm init / join / leave / join-token: a host's daemon enters or leaves a cluster. Init makes
// the cluster record (ids, CA digest and token secrets from the PRNG) with this node as leader;
// every member gets the ingress overlay and docker_gwbridge (swarm/swarmNetworks.ts).
import type { Ctx } from '../ctx';
import { SimError } from '../errors';
import { newSwarmId } from '../ids';
import { VM_NAT_IP } from '../network/reach';
import { getProfile } from '../profile';
import { DEFAULT_HOST } from '../createWorld';
import type { Cluster, NodeRole, SwarmNode } from '../world';
import { getClusterOf, getSelfNode, isReachable, managers } from './cluster';
import { ALREADY_IN_SWARM, BAD_JOIN_TOKEN, JOIN_TIMEOUT, leaveManagerMessage, multipleAddresses, NOT_PART_OF_SWARM } from './swarmErrors';
import { addSwarmNetworks, removeSwarmNetworks } from './swarmNetworks';
import { emptyTaskTable } from './taskTable';
import { removeNodeTasks } from './taskContainers';

export const SWARM_PORT = 2377;

/** The host's interfaces as `docker swarm init` weighs them: a docker-machine VM has two. */
export function hostAddresses(ctx: Ctx, host: string): { ip: string; dev: string }[] {
  const h = ctx.world.hosts[host];
  if (host === DEFAULT_HOST && !getProfile(ctx.world).swarm.defaultHostIsVm) return [{ ip: h.ip, dev: 'eth0' }];
  return [
    { ip: VM_NAT_IP, dev: 'eth0' },
    { ip: h.ip, dev: 'eth1' },
  ];
}

function advertiseIp(ctx: Ctx, host: string, advertise: string | undefined): string {
  const addrs = hostAddresses(ctx, host);
  if (advertise) {
    const bare = advertise.replace(/:\d+$/, '');
    return addrs.find((a) => a.dev === bare)?.ip ?? bare;
  }
  if (addrs.length > 1) throw new SimError(multipleAddresses(addrs.map((a) => `${a.ip} on ${a.dev}`).join(' and ')), 'invalid');
  return addrs[0].ip;
}

function newNode(ctx: Ctx, host: string, role: NodeRole, addr: string): SwarmNode {
  const now = ctx.world.now;
  return { id: newSwarmId(ctx.world), host, role, availability: 'active', labels: {}, status: 'ready', addr, createdAt: now, updatedAt: now, version: 0 };
}

export function joinToken(cluster: Cluster, role: NodeRole): string {
  return `SWMTKN-1-${cluster.caDigest}-${role === 'manager' ? cluster.managerSecret : cluster.workerSecret}`;
}

/**
 * `swarm init --force-new-cluster` on a manager: the cluster keeps its state (nodes, services,
 * tasks) but Raft restarts with this node as its only member and leader, so a swarm that lost
 * quorum answers again. The other managers stay in the node list, outside Raft.
 */
function forceNewCluster(ctx: Ctx, host: string): { cluster: Cluster; node: SwarmNode } | undefined {
  const cluster = getClusterOf(ctx.world, host);
  const self = getSelfNode(ctx.world, host);
  if (!cluster || !self || self.role !== 'manager') return undefined;
  for (const m of managers(cluster)) if (m.id !== self.id) m.raftRemoved = true;
  Object.assign(cluster, { leader: self.id, term: cluster.term + 1, electionAt: undefined, dirty: true });
  self.version = ++cluster.version;
  return { cluster, node: self };
}

export function initSwarm(ctx: Ctx, host: string, opts: { advertiseAddr?: string; forceNewCluster?: boolean } = {}): { cluster: Cluster; node: SwarmNode } {
  const { world } = ctx;
  const forced = opts.forceNewCluster ? forceNewCluster(ctx, host) : undefined;
  if (forced) return forced;
  if (world.hosts[host].daemon.swarm) throw new SimError(ALREADY_IN_SWARM, 'system');
  const addr = advertiseIp(ctx, host, opts.advertiseAddr);
  const node = newNode(ctx, host, 'manager', addr);
  const cluster: Cluster = {
    id: newSwarmId(world),
    createdAt: world.now,
    caDigest: newSwarmId(world, 50),
    workerSecret: newSwarmId(world),
    managerSecret: newSwarmId(world),
    nodes: {},
    leader: node.id,
    term: 1,
    services: {},
    tasks: emptyTaskTable(),
    taskCount: 0,
    version: 1,
    wakeAt: Infinity,
    dirty: false,
    ingressId: '',
    ingressNext: 0,
  };
  node.version = ++cluster.version;
  cluster.nodes[node.id] = node;
  world.swarms[cluster.id] = cluster;
  world.hosts[host].daemon.swarm = { clusterId: cluster.id, nodeId: node.id };
  addSwarmNetworks(ctx, host, cluster);
  return { cluster, node };
}

/** The cluster whose manager listens on `remote` (`IP[:2377]`). */
function clusterAt(ctx: Ctx, remote: string): Cluster | undefined {
  const [ip, port = String(SWARM_PORT)] = remote.split(':');
  if (port !== String(SWARM_PORT)) return undefined;
  return Object.values(ctx.world.swarms).find((c) => managers(c).some((m) => m.addr === ip && isReachable(ctx.world, m)));
}

export function joinSwarm(ctx: Ctx, host: string, token: string, remote: string, opts: { advertiseAddr?: string } = {}): SwarmNode {
  const { world } = ctx;
  if (world.hosts[host].daemon.swarm) throw new SimError(ALREADY_IN_SWARM, 'system');
  const cluster = clusterAt(ctx, remote);
  if (!cluster) throw new SimError(JOIN_TIMEOUT, 'system');
  const role: NodeRole | undefined = token === joinToken(cluster, 'manager') ? 'manager' : token === joinToken(cluster, 'worker') ? 'worker' : undefined;
  if (!role) throw new SimError(BAD_JOIN_TOKEN, 'invalid');
  // A joining node advertises the address it reaches the manager from: the host-only one.
  const addr = opts.advertiseAddr ? opts.advertiseAddr.replace(/:\d+$/, '') : world.hosts[host].ip;
  const node = newNode(ctx, host, role, addr);
  node.version = ++cluster.version;
  cluster.nodes[node.id] = node;
  world.hosts[host].daemon.swarm = { clusterId: cluster.id, nodeId: node.id };
  addSwarmNetworks(ctx, host, cluster);
  cluster.dirty = true; // global services place a task on the new node
  return node;
}

export function rotateJoinToken(ctx: Ctx, cluster: Cluster, role: NodeRole): void {
  if (role === 'manager') cluster.managerSecret = newSwarmId(ctx.world);
  else cluster.workerSecret = newSwarmId(ctx.world);
  cluster.version++;
}

/** `docker swarm leave [--force]`: the node's tasks' containers go, the node is Down for the others. */
export function leaveSwarm(ctx: Ctx, host: string, force: boolean): void {
  const { world } = ctx;
  const cluster = getClusterOf(world, host);
  const self = getSelfNode(world, host);
  if (!cluster || !self) throw new SimError(NOT_PART_OF_SWARM, 'system');
  if (self.role === 'manager' && !force) {
    const all = managers(cluster);
    const reachable = all.filter((m) => isReachable(world, m)).length;
    throw new SimError(leaveManagerMessage(reachable, all.length - reachable), 'system');
  }
  removeNodeTasks(ctx, cluster, self.id);
  removeSwarmNetworks(ctx, host);
  delete world.hosts[host].daemon.swarm;
  if (self.role === 'manager') {
    delete cluster.nodes[self.id];
    if (managers(cluster).length === 0) {
      delete world.swarms[cluster.id];
      return;
    }
    if (cluster.leader === self.id) cluster.leader = managers(cluster).find((m) => isReachable(world, m))?.id ?? '';
  } else {
    self.status = 'down';
    self.version = ++cluster.version;
  }
  cluster.dirty = true;
}
