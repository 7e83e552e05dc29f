// Rolling updates and rollbacks (swarmkit's updater) as one step of the orchestrator's pass.
// Tasks made from an older task template are out of date; batches of UpdateConfig.Parallelism
// (0 = all) are shut down slot by slot (stop-first), the fill step replaces them from the new
// template, and the next batch waits until the new tasks run plus UpdateConfig.Delay. A new
// task that fails during the update triggers the failure action: pause (the update stops with
// swarmkit's message), continue, or rollback (to the previous spec).
import type { Ctx } from '../ctx';
import type { Cluster, Service, ServiceSpec, Task } from '../world';
import { shutdownTask } from './taskContainers';
import { getTask, listTaskSnapshots } from './taskTable';

const isLive = (t: Task) => t.desired === 'running' || t.desired === 'ready';
export const upToDate = (service: Service, t: Task) => (t.specVersion ?? 0) === (service.specVersion ?? 0);

/** The task template and endpoint (swarmkit's IsTaskDirty): a change here makes running tasks out of date. */
export function templateOf(spec: ServiceSpec): string {
  const { image, args, env, ports, networks, constraints, restartCondition, restartDelay, limitMemory, reserveMemory, forceUpdate } = spec;
  return JSON.stringify({ image, args, env, ports, networks, constraints, restartCondition, restartDelay, limitMemory, reserveMemory, forceUpdate });
}

/** Back to the previous spec (manual, or the failure action); tasks roll only if their template differs. */
export function beginRollback(ctx: Ctx, cluster: Cluster, service: Service, message: string): void {
  if (!service.previousSpec) return;
  const spec = service.spec;
  service.spec = service.previousSpec;
  service.previousSpec = spec;
  const now = ctx.world.now;
  if (templateOf(spec) !== templateOf(service.spec)) {
    service.specVersion = (service.specVersion ?? 0) + 1;
    service.update = { state: 'rollback_started', startedAt: now, message, reason: message };
  } else service.update = { state: 'rollback_completed', startedAt: now, completedAt: now, message: 'rollback completed', reason: message };
  cluster.dirty = true;
}

export function stepUpdate(ctx: Ctx, cluster: Cluster, service: Service): void {
  const upd = service.update;
  if (!upd || (upd.state !== 'updating' && upd.state !== 'rollback_started')) return;
  const rollingBack = upd.state === 'rollback_started';
  const now = ctx.world.now;
  const mine = listTaskSnapshots(cluster, (t) => t.serviceId === service.id);
  // "failure or early termination": a new task that ended at all, even with exit 0
  const failed = mine.find((t) => upToDate(service, t) && (t.state === 'failed' || t.state === 'rejected' || t.state === 'complete') && t.stateAt >= upd.startedAt);
  // a rollback's own failure action is RollbackConfig's default, pause
  const action = rollingBack ? 'pause' : service.spec.updateFailureAction;
  if (failed && action !== 'continue') {
    const message = `update paused due to failure or early termination of task ${failed.id}`;
    if (action === 'rollback') beginRollback(ctx, cluster, service, message);
    else Object.assign(upd, { state: rollingBack ? 'rollback_paused' : 'paused', message });
    return;
  }
  const live = mine.filter(isLive);
  const stale = live.filter((t) => !upToDate(service, t)).sort((a, b) => a.slot - b.slot || (a.nodeId < b.nodeId ? -1 : 1));
  // the last batch's new tasks have to run first
  if (live.some((t) => upToDate(service, t) && t.state !== 'running')) {
    upd.nextAt = undefined;
    return;
  }
  if (stale.length === 0) {
    Object.assign(upd, rollingBack ? { state: 'rollback_completed', message: 'rollback completed' } : { state: 'completed', message: 'update completed' }, { completedAt: now, nextAt: undefined });
    return;
  }
  const delay = rollingBack ? 0 : service.spec.updateDelay;
  if (upd.nextAt === undefined && live.some((t) => upToDate(service, t)) && delay > 0) upd.nextAt = now + delay;
  if (upd.nextAt !== undefined && now < upd.nextAt) {
    cluster.wakeAt = Math.min(cluster.wakeAt, upd.nextAt);
    return;
  }
  upd.nextAt = undefined;
  const parallelism = rollingBack ? 1 : service.spec.updateParallelism;
  for (const t of parallelism > 0 ? stale.slice(0, parallelism) : stale) shutdownTask(ctx, cluster, getTask(cluster, t.id)!);
  cluster.dirty = true;
}
