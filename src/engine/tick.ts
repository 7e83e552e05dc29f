// Time. `tick` advances the virtual clock and runs the reconcile rules: small guarded
// "if this holds, do that" functions (processes that end, restart policies, stop timeouts,
// later swarm self-healing). Delays are data (`at` times in the world), never timers.
import { killAfterStopTimeout, restartByPolicy, wakePrograms } from './containers/reconcileContainers';
import type { Ctx } from './ctx';
import { orchestrateSwarms } from './swarm/orchestrator';

export type ReconcileRule = (ctx: Ctx) => void;

/** The rules, in the order they run on every step. Each module adds its rule here. */
export const reconcileRules: ReconcileRule[] = [wakePrograms, killAfterStopTimeout, restartByPolicy, orchestrateSwarms];

/** Largest clock step between two rule passes, so that per-second behaviours stay in order. */
export const TICK_STEP_MS = 1000;

export function tick(ctx: Ctx, ms: number): void {
  let left = Math.max(0, ms);
  do {
    const step = Math.min(left, TICK_STEP_MS);
    ctx.world.now += step;
    left -= step;
    for (const rule of reconcileRules) rule(ctx);
  } while (left > 0);
}
