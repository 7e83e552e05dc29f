import type { World } from '../../engine';
import { EMPTY_PLAN, type LayoutOptions, type Plan } from '../viewTypes';

export function machineLayout(_world: World, _opts: LayoutOptions): Plan {
  return EMPTY_PLAN;
}
