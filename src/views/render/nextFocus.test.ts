import { describe, it, expect } from 'vitest';
import { nextFocus } from './nextFocus';

const nodes = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('nextFocus', () => {
  it('moves in reading order and stops at the ends', () => {
    expect(nextFocus(nodes, 'a', 'ArrowRight')).toBe('b');
    expect(nextFocus(nodes, 'b', 'ArrowDown')).toBe('c');
    expect(nextFocus(nodes, 'c', 'ArrowDown')).toBe('c');
    expect(nextFocus(nodes, 'b', 'ArrowUp')).toBe('a');
    expect(nextFocus(nodes, 'a', 'ArrowLeft')).toBe('a');
    expect(nextFocus(nodes, 'b', 'End')).toBe('c');
    expect(nextFocus(nodes, 'c', 'Home')).toBe('a');
  });

  it('ignores other keys and unknown elements', () => {
    expect(nextFocus(nodes, 'a', 'x')).toBeNull();
    expect(nextFocus(nodes, 'zz', 'ArrowDown')).toBeNull();
  });
});
