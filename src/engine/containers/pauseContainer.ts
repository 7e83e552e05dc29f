// `docker pause`/`unpause`: the cgroup freezer stops every process of the container; programs
// get no ticks while frozen.
import type { Ctx } from '../ctx';
import { SimError } from '../errors';
import { getProfile } from '../profile';
import type { Container } from '../world';
import { findContainer } from './findContainer';

export function pauseContainer(ctx: Ctx, hostName: string, ref: string): Container {
  const c = findContainer(ctx.world, hostName, ref);
  const msg = getProfile(ctx.world).daemon;
  if (c.state.status === 'paused') throw new SimError(msg.alreadyPaused(c.id), 'conflict');
  if (c.state.status !== 'running') throw new SimError(msg.notRunning(c.id), 'conflict');
  c.state.status = 'paused';
  return c;
}

export function unpauseContainer(ctx: Ctx, hostName: string, ref: string): Container {
  const c = findContainer(ctx.world, hostName, ref);
  if (c.state.status !== 'paused') throw new SimError(getProfile(ctx.world).daemon.notPaused(c.id), 'conflict');
  c.state.status = 'running';
  return c;
}
