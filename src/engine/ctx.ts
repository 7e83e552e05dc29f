// The handle every operation works through: the immer draft of the world for this one command
// line, and the sink its events go to.
import type { SimEvent } from './events';
import type { World } from './world';

export interface Ctx {
  world: World;
  events: SimEvent[];
}

export function emit(ctx: Ctx, event: SimEvent): void {
  ctx.events.push(event);
}
