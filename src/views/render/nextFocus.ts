// Arrow-key movement over a plan's focusable elements, in the plan's reading order.
import type { PlanNode } from '../viewTypes';

export function nextFocus(focusable: readonly Pick<PlanNode, 'id'>[], current: string, key: string): string | null {
  const i = focusable.findIndex((n) => n.id === current);
  if (i < 0 || focusable.length === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return focusable[Math.min(i + 1, focusable.length - 1)].id;
    case 'ArrowLeft':
    case 'ArrowUp':
      return focusable[Math.max(i - 1, 0)].id;
    case 'Home':
      return focusable[0].id;
    case 'End':
      return focusable[focusable.length - 1].id;
    default:
      return null;
  }
}
