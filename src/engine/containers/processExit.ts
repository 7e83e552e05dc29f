// A container's main process ended (its program exited, or a signal killed it): the container
// is `exited`, its resources are released, and then either --rm removes it or its restart
// policy schedules a start after Docker's back-off (100 ms doubling, reset after 10 s of uptime,
// at most one minute).
import { emit, type Ctx } from '../ctx';
import { exitProcess } from '../kernel/processes';
import type { Container } from '../world';
import { deleteContainer } from './removeContainer';
import { teardownContainer } from './teardown';
import { getContainerById } from '../tables/containerTable';
import { getProcess } from '../tables/processTable';
import { noteTaskContainerChange } from '../swarm/orchestrator';

const BACKOFF_FIRST_MS = 100;
const BACKOFF_MAX_MS = 60_000;

export function shouldRestart(c: Container, exitCode: number, stopRequested: boolean): boolean {
  if (stopRequested) return false; // `docker stop` cancels the restart manager
  const p = c.hostConfig.restartPolicy;
  switch (p.name) {
    case 'always':
      return true;
    case 'unless-stopped':
      return !c.state.stoppedByUser;
    case 'on-failure':
      return exitCode !== 0 && (p.maximumRetryCount === 0 || c.restartCount < p.maximumRetryCount);
    default:
      return false;
  }
}

export function restartDelay(c: Container, now: number): number {
  if (now - c.state.startedAt >= 10_000) return BACKOFF_FIRST_MS;
  return Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** c.restartCount);
}

export function containerProcessExited(ctx: Ctx, hostName: string, containerId: string, exitCode: number): void {
  const { world } = ctx;
  const c = getContainerById(world.hosts[hostName].daemon, containerId);
  if (!c || !c.state.pid) return;
  const stopRequested = c.state.pending?.kind === 'kill-after-timeout';
  teardownContainer(ctx, hostName, c, exitCode);
  Object.assign(c.state, { status: 'exited', pid: 0, exitCode, finishedAt: world.now, pending: undefined });
  emit(ctx, { type: 'container.stopped', host: hostName, containerId, exitCode });
  if (c.taskId) noteTaskContainerChange(ctx, hostName, c.taskId);
  if (c.hostConfig.autoRemove) {
    deleteContainer(ctx, hostName, c, true);
    return;
  }
  if (shouldRestart(c, exitCode, stopRequested)) {
    c.state.status = 'restarting';
    c.state.pending = { kind: 'restart', at: world.now + restartDelay(c, world.now) };
  }
}

/** An exec'd process ended: its exit code stays on the process for the exec client. */
export function endExecProcess(ctx: Ctx, hostName: string, pid: number, exitCode: number): void {
  const host = ctx.world.hosts[hostName];
  const proc = getProcess(host.kernel, pid);
  if (!proc || proc.exitCode !== undefined) return;
  if (!proc.output) proc.output = [];
  exitProcess(ctx, hostName, pid, exitCode);
  const c = proc.containerId ? getContainerById(host.daemon, proc.containerId) : undefined;
  if (c) c.execPids = c.execPids.filter((p) => p !== pid);
}
