// `docker stop`, `kill` and `restart`. Stop sends the stop signal (SIGTERM or the image's
// STOPSIGNAL) and waits: a program that handles it exits on its own; one that does not (sleep,
// a bare shell as PID 1) keeps the stop blocked until the timeout, when SIGKILL ends it with 137.
// The wait is virtual time: the clock advances second by second while the reconcile rules run.
import { emit, type Ctx } from '../ctx';
import { SimError } from '../errors';
import type { Signal } from '../programs/programTypes';
import { getProfile } from '../profile';
import { resolveImage } from './imageLookup';
import { tick } from '../tick';
import type { Container } from '../world';
import { findContainer } from './findContainer';
import { finishProcess, signalProcess } from './programRunner';
import { startContainer } from './startContainer';
import { getContainerById } from '../tables/containerTable';

function isUp(c: Container): boolean {
  return c.state.status === 'running' || c.state.status === 'paused';
}

function stopSignalOf(ctx: Ctx, hostName: string, c: Container): Signal {
  try {
    const sig = resolveImage(ctx.world, hostName, c.imageId).config.stopSignal;
    if (sig) return (sig.startsWith('SIG') ? sig : `SIG${sig}`) as Signal;
  } catch {
    // image gone: the default applies
  }
  return 'SIGTERM';
}

export function stopContainer(ctx: Ctx, hostName: string, ref: string, timeoutSec = 10): Container {
  const { world } = ctx;
  const c = findContainer(world, hostName, ref);
  if (c.state.status === 'restarting') {
    // Stopping during the back-off cancels the pending restart.
    Object.assign(c.state, { status: 'exited', pending: undefined, stoppedByUser: true });
    return c;
  }
  if (!isUp(c)) return c;
  const deadline = world.now + Math.max(0, timeoutSec) * 1000;
  c.state.stoppedByUser = true;
  c.state.pending = { kind: 'kill-after-timeout', at: deadline };
  if (c.state.status === 'paused') c.state.status = 'running'; // the daemon unpauses to deliver the signal
  const pid = c.state.pid;
  signalProcess(ctx, hostName, pid, stopSignalOf(ctx, hostName, c));
  while (c.state.pid === pid && world.now < deadline) tick(ctx, Math.min(1000, deadline - world.now));
  if (c.state.pid === pid) finishProcess(ctx, hostName, pid, 137);
  return c;
}

export function killContainer(ctx: Ctx, hostName: string, ref: string, signal: string = 'SIGKILL'): Container {
  const c = findContainer(ctx.world, hostName, ref);
  if (!isUp(c)) throw new SimError(getProfile(ctx.world).daemon.killNotRunning(ref, c.id), 'conflict');
  const sig = (signal.toUpperCase().startsWith('SIG') ? signal.toUpperCase() : `SIG${signal.toUpperCase()}`) as Signal;
  c.state.stoppedByUser = true;
  emit(ctx, { type: 'container.killed', host: hostName, containerId: c.id, signal: sig });
  if (sig === 'SIGKILL' && c.state.status === 'paused') c.state.status = 'running';
  signalProcess(ctx, hostName, c.state.pid, sig);
  return c;
}

export function restartContainer(ctx: Ctx, hostName: string, ref: string, timeoutSec = 10): Container {
  const c = stopContainer(ctx, hostName, ref, timeoutSec);
  const live = getContainerById(ctx.world.hosts[hostName].daemon, c.id);
  if (!live) throw new SimError(`No such container: ${ref}`, 'notFound');
  if (live.state.status === 'restarting') Object.assign(live.state, { status: 'exited', pending: undefined });
  startContainer(ctx, hostName, live.id);
  return live;
}
