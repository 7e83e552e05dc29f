import type { World } from '../../engine';
import { EMPTY_PLAN, type LayoutOptions, type Plan } from '../viewTypes';

export function imagesLayout(_world: World, _opts: LayoutOptions): Plan {
  return EMPTY_PLAN;
}
