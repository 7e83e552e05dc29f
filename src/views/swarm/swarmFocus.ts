// Arrow keys over the swarm view's boxes: Up/Down walk a column (the plan's reading order: the
// legend, then each node's header, ports and tasks), Left/Right jump to the nearest box in the
// column beside, at about the same height, as a student scanning the columns would.
import { nextFocus } from '../render/nextFocus';
import type { PlanNode } from '../viewTypes';

type Box = Pick<PlanNode, 'id' | 'x' | 'y' | 'w' | 'h'>;

export function swarmFocus(boxes: readonly Box[], current: string, key: string): string | null {
  if (key !== 'ArrowLeft' && key !== 'ArrowRight') return nextFocus(boxes, current, key);
  const from = boxes.find((b) => b.id === current);
  if (!from) return null;
  const cx = from.x + from.w / 2;
  const cy = from.y + from.h / 2;
  const side = key === 'ArrowRight' ? 1 : -1;
  // The nearest column in that direction: the smallest horizontal step to a box's left edge.
  const beyond = boxes.filter((b) => (b.x + b.w / 2 - cx) * side > from.w / 2);
  if (beyond.length === 0) return null;
  const step = Math.min(...beyond.map((b) => Math.abs(b.x - from.x)));
  const column = beyond.filter((b) => Math.abs(b.x - from.x) === step);
  column.sort((a, b) => Math.abs(a.y + a.h / 2 - cy) - Math.abs(b.y + b.h / 2 - cy));
  return column[0].id;
}
