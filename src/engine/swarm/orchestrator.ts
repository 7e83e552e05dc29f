// The orchestrator as one reconcile rule (registered in tick.ts). A pass over a cluster runs only
// when something changed (`dirty`: a spec, a node, a task's container ended) or a task's start
// time came (`wakeAt`), so an idle swarm of 100,000 tasks costs nothing per tick. A pass:
// observes task containers that ended (complete/failed), starts tasks whose time came, fills
// empty slots (replicated) or nodes (global) with new tasks after the restart delay, removes
// tasks beyond the replica count, and trims each slot's history to the retention limit.
import type { Ctx } from '../ctx';
import { newSwarmId } from '../ids';
import { findImage } from '../images/findImage';
import type { Cluster, Service, Task } from '../world';
import { addLoad, emptyLoad, placeTask, type NodeLoad } from './scheduler';
import { removeTaskContainer, shutdownTask, startTaskContainer, taskContainer } from './taskContainers';
import { getTask, listTaskSnapshots, putTask, removeTask } from './taskTable';
import { electLeader } from './raft';
import { checkNodes } from './liveness';
import { stepUpdate } from './updater';

export const TASK_HISTORY_LIMIT = 5;
/** From assignment to a running container when the node has the image. */
export const START_MS = 1_500;
/** …and when the node pulls it first. */
export const PULL_START_MS = 4_000;

const isLive = (t: Task) => t.desired === 'running' || t.desired === 'ready';

/** A running task whose container no longer runs becomes complete (exit 0) or failed, desired shutdown. */
function observeTask(ctx: Ctx, cluster: Cluster, taskId: string): void {
  const snap = getTask(cluster, taskId);
  if (!snap || snap.state !== 'running') return;
  const node = cluster.nodes[snap.nodeId];
  // a node that does not answer (VM stopped, or already Down) reports nothing
  if (node && (node.status === 'down' || !ctx.world.hosts[node.host]?.daemon.running)) return;
  const c = taskContainer(ctx, cluster, snap);
  if (c && (c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting')) return;
  const code = c ? c.state.exitCode : 137;
  const at = c && c.state.finishedAt ? c.state.finishedAt : ctx.world.now;
  if (code === 0) Object.assign(snap, { state: 'complete', stateAt: at, desired: 'shutdown', exitCode: 0 });
  else Object.assign(snap, { state: 'failed', stateAt: at, desired: 'shutdown', exitCode: code, error: `task: non-zero exit (${code})` });
}

function observeExits(ctx: Ctx, cluster: Cluster, tasks: Task[]): void {
  for (const t of tasks) if (t.state === 'running') observeTask(ctx, cluster, t.id);
}

/** Places a new or pending task; one that fits nowhere stays pending (same id) with the reason. */
function place(ctx: Ctx, cluster: Cluster, service: Service, t: Task, nodeId: string, load: NodeLoad, notBefore: number): void {
  const now = ctx.world.now;
  const placed = placeTask(ctx.world, cluster, service, load, nodeId || undefined);
  if ('reason' in placed) {
    if (t.state !== 'pending') Object.assign(t, { state: 'pending', stateAt: now });
    t.error = placed.reason;
    return;
  }
  const host = cluster.nodes[placed.nodeId].host;
  const startMs = findImage(ctx.world, host, service.spec.image) ? START_MS : PULL_START_MS;
  Object.assign(t, { nodeId: placed.nodeId, state: 'assigned', stateAt: now, error: undefined, runAt: Math.max(now, notBefore) + startMs });
  addLoad(load, service, placed.nodeId);
}

function newTask(ctx: Ctx, cluster: Cluster, service: Service, slot: number, nodeId: string, load: NodeLoad, notBefore: number): void {
  const now = ctx.world.now;
  const t: Task = { id: newSwarmId(ctx.world), serviceId: service.id, slot, nodeId: '', desired: notBefore > now ? 'ready' : 'running', state: 'new', stateAt: now, createdAt: now, image: service.spec.image };
  if (service.specVersion) t.specVersion = service.specVersion;
  place(ctx, cluster, service, t, nodeId, load, notBefore);
  putTask(cluster, t);
}

/** When a replacement for the slot's last task may start (restart delay and condition). */
function replacementTime(service: Service, history: Task[]): number | undefined {
  const last = history.sort((a, b) => b.createdAt - a.createdAt)[0];
  if (!last) return 0;
  const cond = service.spec.restartCondition;
  if (cond === 'none' && (last.state === 'complete' || last.state === 'failed')) return undefined;
  if (cond === 'on-failure' && last.state === 'complete') return undefined;
  return last.state === 'complete' || last.state === 'failed' || last.state === 'rejected' ? last.stateAt + service.spec.restartDelay : 0;
}

function reconcileService(ctx: Ctx, cluster: Cluster, service: Service, tasks: Task[], load: NodeLoad): void {
  const mine = tasks.filter((t) => t.serviceId === service.id);
  const live = mine.filter(isLive);
  const bySlot = new Map<number | string, Task[]>();
  for (const t of mine) {
    const key = service.spec.mode === 'global' ? t.nodeId : t.slot;
    if (!bySlot.has(key)) bySlot.set(key, []);
    bySlot.get(key)!.push(t);
  }
  const fill = (key: number | string, slot: number, nodeId: string) => {
    const all = bySlot.get(key) ?? [];
    const current = all.find(isLive);
    if (current) {
      // a pending task retries placement on every pass
      if (current.state === 'pending') place(ctx, cluster, service, getTask(cluster, current.id)!, nodeId, load, 0);
      return;
    }
    const at = replacementTime(service, all);
    if (at !== undefined) newTask(ctx, cluster, service, slot, nodeId, load, at);
  };
  if (service.spec.mode === 'replicated') {
    for (let slot = 1; slot <= service.spec.replicas; slot++) fill(slot, slot, '');
    for (const t of live) {
      if (t.slot <= service.spec.replicas) continue;
      removeTaskContainer(ctx, cluster, getTask(cluster, t.id)!);
      removeTask(cluster, t.id);
    }
  } else {
    for (const node of Object.values(cluster.nodes)) {
      if (node.status === 'ready' && node.availability === 'active') fill(node.id, 0, node.id);
    }
  }
  trimHistory(ctx, cluster, bySlot);
}

function trimHistory(ctx: Ctx, cluster: Cluster, bySlot: Map<number | string, Task[]>): void {
  for (const all of bySlot.values()) {
    if (all.length <= TASK_HISTORY_LIMIT) continue;
    const old = all.filter((t) => !isLive(t) && getTask(cluster, t.id)).sort((a, b) => a.createdAt - b.createdAt);
    let keep = all.length;
    for (const t of old) {
      if (keep <= TASK_HISTORY_LIMIT) break;
      removeTaskContainer(ctx, cluster, getTask(cluster, t.id)!);
      removeTask(cluster, t.id);
      keep--;
    }
  }
}

/** Tasks on a drained or Down node are shut down; the fill step then places their slots anew. */
function evictTasks(ctx: Ctx, cluster: Cluster): void {
  const gone = (nodeId: string) => {
    const n = cluster.nodes[nodeId];
    return !n || n.status === 'down' || n.availability === 'drain';
  };
  for (const snap of listTaskSnapshots(cluster, (t) => isLive(t) && t.nodeId !== '' && gone(t.nodeId))) shutdownTask(ctx, cluster, getTask(cluster, snap.id)!);
}

function startDue(ctx: Ctx, cluster: Cluster): void {
  const now = ctx.world.now;
  for (const snap of listTaskSnapshots(cluster, (t) => t.runAt !== undefined)) {
    const host = ctx.world.hosts[cluster.nodes[snap.nodeId]?.host ?? ''];
    if (host && !host.daemon.running) continue; // a stopped VM starts nothing; once Down, its tasks move
    if (snap.runAt! > now) {
      cluster.wakeAt = Math.min(cluster.wakeAt, snap.runAt!);
      continue;
    }
    const t = getTask(cluster, snap.id)!;
    if (!isLive(t)) {
      t.runAt = undefined;
      continue;
    }
    t.desired = 'running';
    startTaskContainer(ctx, cluster, t);
  }
}

export function reconcileCluster(ctx: Ctx, cluster: Cluster): void {
  cluster.dirty = false;
  cluster.wakeAt = Infinity;
  electLeader(ctx, cluster);
  if (!cluster.leader) return;
  observeExits(ctx, cluster, listTaskSnapshots(cluster));
  evictTasks(ctx, cluster);
  for (const service of Object.values(cluster.services)) stepUpdate(ctx, cluster, service);
  const load = emptyLoad();
  const tasks = listTaskSnapshots(cluster);
  for (const t of tasks) if (isLive(t) && t.nodeId) addLoad(load, cluster.services[t.serviceId], t.nodeId);
  for (const service of Object.values(cluster.services).sort((a, b) => a.createdAt - b.createdAt)) reconcileService(ctx, cluster, service, tasks, load);
  startDue(ctx, cluster);
  // a rolling update looks again each second (its new tasks start, its delay runs out)
  const rolling = Object.values(cluster.services).some((s) => s.update?.state === 'updating' || s.update?.state === 'rollback_started');
  if (rolling) cluster.wakeAt = Math.min(cluster.wakeAt, ctx.world.now + 1_000);
  if (listTaskSnapshots(cluster, (t) => isLive(t) && t.state === 'pending').length) cluster.wakeAt = Math.min(cluster.wakeAt, ctx.world.now + 1_000);
}

/** The reconcile rule: each cluster whose state changed or whose next start time came. */
export function orchestrateSwarms(ctx: Ctx): void {
  for (const id of Object.keys(ctx.world.swarms)) {
    const cluster = ctx.world.swarms[id];
    checkNodes(ctx, cluster);
    if (cluster.dirty || cluster.wakeAt <= ctx.world.now || cluster.electionAt !== undefined) reconcileCluster(ctx, cluster);
  }
}

/**
 * A task's container ended or went away (called from the container lifecycle): the task's state
 * follows at once, so `service ls`/`ps` show it before the next tick places a replacement.
 */
export function noteTaskContainerChange(ctx: Ctx, host: string, taskId: string): void {
  const m = ctx.world.hosts[host]?.daemon.swarm;
  const cluster = m ? ctx.world.swarms[m.clusterId] : undefined;
  if (!cluster) return;
  cluster.dirty = true;
  observeTask(ctx, cluster, taskId);
}
