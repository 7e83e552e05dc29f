// Reconcile rules for containers, run by tick(): programs whose wake-up time came get tick();
// a stop whose timeout passed kills with SIGKILL; a restart-policy back-off that ended starts
// the container again. Paused containers are frozen and get nothing.
import type { Ctx } from '../ctx';
import { isSimError } from '../errors';
import { getRuntime } from './processRuntime';
import { finishProcess, tickProgram } from './programRunner';
import { startContainer } from './startContainer';
import { getContainerById, listContainerSnapshots } from '../tables/containerTable';
import { getProcess, listProcessSnapshots } from '../tables/processTable';
import type { Container, Daemon } from '../world';

/** Containers with a pending action, in insertion order, as drafts: the scan reads snapshots. */
function pendingContainers(daemon: Daemon): Container[] {
  return listContainerSnapshots(daemon, (c) => c.state.pending !== undefined).map((c) => getContainerById(daemon, c.id)!);
}

export function wakePrograms(ctx: Ctx): void {
  const { world } = ctx;
  for (const [hostName, host] of Object.entries(world.hosts)) {
    // Snapshots for the scan: reading draft entries would make a proxy per process.
    const due = listProcessSnapshots(host.kernel)
      .filter((p) => p.containerId && p.exitCode === undefined && p.programState !== undefined)
      .filter((p) => {
        const at = getRuntime(p).wakeAt;
        return at !== undefined && at <= world.now;
      })
      .sort((a, b) => getRuntime(a).wakeAt! - getRuntime(b).wakeAt! || a.pid - b.pid)
      .map((p) => p.pid);
    for (const pid of due) {
      const p = getProcess(host.kernel, pid);
      const c = p?.containerId ? getContainerById(host.daemon, p.containerId) : undefined;
      if (!c || c.state.status !== 'running') continue;
      tickProgram(ctx, hostName, pid);
    }
  }
}

export function killAfterStopTimeout(ctx: Ctx): void {
  const { world } = ctx;
  for (const [hostName, host] of Object.entries(world.hosts)) {
    for (const c of pendingContainers(host.daemon)) {
      const p = c.state.pending;
      if (p?.kind === 'kill-after-timeout' && p.at <= world.now && c.state.pid) finishProcess(ctx, hostName, c.state.pid, 137);
    }
  }
}

export function restartByPolicy(ctx: Ctx): void {
  const { world } = ctx;
  for (const [hostName, host] of Object.entries(world.hosts)) {
    for (const c of pendingContainers(host.daemon)) {
      const p = c.state.pending;
      if (p?.kind !== 'restart' || p.at > world.now || c.state.status !== 'restarting') continue;
      try {
        startContainer(ctx, hostName, c.id, { byPolicy: true });
      } catch (e) {
        if (!isSimError(e)) throw e;
        Object.assign(c.state, { status: 'exited', pending: undefined });
      }
    }
  }
}

