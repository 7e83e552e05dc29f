// What the swarm view draws, read from the world before any geometry: the cluster the active
// terminal's host belongs to (else the first one), its nodes in `docker node ls` order, its
// services in creation order (which fixes each one's colour and letter), and its tasks grouped by
// node. A swarm can hold 100,000 tasks and the world changes every frame while a job runs, so the
// grouping is cached per task table: immer hands out a new `tasks` array only when a task changed.
import type { World } from '../../engine';
import { getClusterOf, listNodes } from '../../engine/queries/swarm';
import { listTaskSnapshots } from '../../engine/swarm/taskTable';
import type { Cluster, Service, SwarmNode, Task, TaskState } from '../../engine/world';

/** Task states after which a task never runs again: shown only under "history". */
export const ENDED: ReadonlySet<TaskState> = new Set(['complete', 'shutdown', 'failed', 'rejected', 'orphaned', 'remove']);

export interface ServiceFact {
  service: Service;
  /** Creation order: colour `index % 8` and letter `serviceLetter(index)`. */
  index: number;
  letter: string;
  running: number;
  desired: number;
}

export interface SwarmFacts {
  cluster: Cluster;
  nodes: SwarmNode[];
  services: ServiceFact[];
  /** Tasks that have not ended, per node id ('' = pending: no node could take them). */
  live: Map<string, Task[]>;
  /** Ended tasks per node id (failed, shutdown, complete …). */
  ended: Map<string, Task[]>;
  liveCount: number;
  /** Per node id, per service id: running, on their way, ended (the aggregated cells). */
  cells: Map<string, Map<string, CellCounts>>;
}

export interface CellCounts {
  running: number;
  other: number;
  ended: number;
}

/** A, B, … Z, then A2, B2 …: a per-service mark that does not rely on colour. */
export function serviceLetter(index: number): string {
  const round = Math.floor(index / 26);
  return String.fromCharCode(65 + (index % 26)) + (round > 0 ? String(round + 1) : '');
}

export function pickCluster(world: World, host: string): Cluster | undefined {
  return getClusterOf(world, host) ?? Object.values(world.swarms)[0];
}

type Grouped = Pick<SwarmFacts, 'live' | 'ended' | 'liveCount' | 'cells'>;

const groupedCache = new WeakMap<object, Grouped>();

function push(map: Map<string, Task[]>, key: string, t: Task): void {
  const list = map.get(key);
  if (list) list.push(t);
  else map.set(key, [t]);
}

function groupTasks(cluster: Cluster): Grouped {
  const cached = groupedCache.get(cluster.tasks);
  if (cached) return cached;
  const live = new Map<string, Task[]>();
  const ended = new Map<string, Task[]>();
  const cells = new Map<string, Map<string, CellCounts>>();
  const cell = (t: Task) => {
    const perNode = cells.get(t.nodeId) ?? (cells.set(t.nodeId, new Map()), cells.get(t.nodeId)!);
    return perNode.get(t.serviceId) ?? (perNode.set(t.serviceId, { running: 0, other: 0, ended: 0 }), perNode.get(t.serviceId)!);
  };
  let liveCount = 0;
  for (const t of listTaskSnapshots(cluster)) {
    if (ENDED.has(t.state)) {
      push(ended, t.nodeId, t);
      cell(t).ended++;
    } else {
      push(live, t.nodeId, t);
      liveCount++;
      if (t.state === 'running' && t.desired === 'running') cell(t).running++;
      else cell(t).other++;
    }
  }
  const out = { live, ended, liveCount, cells };
  groupedCache.set(cluster.tasks, out);
  return out;
}

function serviceFacts(cluster: Cluster, grouped: Grouped): ServiceFact[] {
  const running: Record<string, number> = {};
  for (const [nodeId, perService] of grouped.cells) {
    const node = cluster.nodes[nodeId];
    if (!node || node.status !== 'ready') continue;
    for (const [serviceId, c] of perService) running[serviceId] = (running[serviceId] ?? 0) + c.running;
  }
  const ready = Object.values(cluster.nodes).filter((n) => n.status === 'ready' && n.availability === 'active').length;
  return Object.values(cluster.services)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
    .map((service, index) => ({
      service,
      index,
      letter: serviceLetter(index),
      running: running[service.id] ?? 0,
      desired: service.spec.mode === 'global' ? ready : service.spec.replicas,
    }));
}

export function collectSwarmFacts(world: World, host: string): SwarmFacts | undefined {
  const cluster = pickCluster(world, host);
  if (!cluster) return undefined;
  const grouped = groupTasks(cluster);
  return { cluster, nodes: listNodes(cluster), services: serviceFacts(cluster, grouped), ...grouped };
}
