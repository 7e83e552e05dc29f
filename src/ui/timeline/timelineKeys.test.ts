import { describe, expect, it } from 'vitest';
import { timelineKey, type KeyLike } from './timelineKeys';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: true, metaKey: false, shiftKey: false, altKey: false, ...mods });
const outside = { closest: () => null };
const inTerminal = { closest: (selector: string) => (selector.includes('.terminal-host') ? {} : null) };

describe('timelineKey', () => {
  it('maps Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and ⌘Z outside the terminal', () => {
    expect(timelineKey(key('z'), outside)).toBe('undo');
    expect(timelineKey(key('Z', { shiftKey: true }), outside)).toBe('redo');
    expect(timelineKey(key('y'), outside)).toBe('redo');
    expect(timelineKey(key('z', { ctrlKey: false, metaKey: true }), outside)).toBe('undo');
    expect(timelineKey(key('z'), null)).toBe('undo');
  });

  it('leaves the terminal, fields, other keys and Alt combinations alone', () => {
    expect(timelineKey(key('z'), inTerminal)).toBeNull();
    expect(timelineKey(key('z', { ctrlKey: false }), outside)).toBeNull();
    expect(timelineKey(key('z', { altKey: true }), outside)).toBeNull();
    expect(timelineKey(key('x'), outside)).toBeNull();
  });
});
