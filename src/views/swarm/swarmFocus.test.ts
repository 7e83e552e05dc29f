import { describe, expect, it } from 'vitest';
import { swarmFocus } from './swarmFocus';

// Two columns of three boxes and a legend chip above them, in reading order.
const boxes = [
  { id: 'legend', x: 20, y: 10, w: 170, h: 30 },
  { id: 'a1', x: 20, y: 60, w: 170, h: 30 },
  { id: 'a2', x: 20, y: 100, w: 170, h: 30 },
  { id: 'a3', x: 20, y: 140, w: 170, h: 30 },
  { id: 'b1', x: 220, y: 60, w: 170, h: 30 },
  { id: 'b2', x: 220, y: 100, w: 170, h: 30 },
];

describe('swarmFocus', () => {
  it('walks a column with Up/Down in reading order', () => {
    expect([swarmFocus(boxes, 'a1', 'ArrowDown'), swarmFocus(boxes, 'a1', 'ArrowUp'), swarmFocus(boxes, 'b2', 'End')]).toEqual(['a2', 'legend', 'b2']);
  });

  it('jumps to the nearest box of the column beside with Left/Right, at about the same height', () => {
    expect([swarmFocus(boxes, 'a2', 'ArrowRight'), swarmFocus(boxes, 'a3', 'ArrowRight'), swarmFocus(boxes, 'b1', 'ArrowLeft'), swarmFocus(boxes, 'b1', 'ArrowRight')]).toEqual(['b2', 'b2', 'a1', null]);
  });
});
