import { describe, expect, it } from 'vitest';
import { classroomKey } from './classroomKeys';
import type { KeyLike } from '../timeline/timelineKeys';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('classroomKey', () => {
  it('Ctrl+Alt chords work everywhere', () => {
    expect(classroomKey(key('p', { ctrlKey: true, altKey: true }), true, false)).toBe('presenter');
    expect(classroomKey(key('N', { ctrlKey: true, altKey: true, shiftKey: true }), true, true)).toBe('nextStep');
    expect(classroomKey(key('x', { ctrlKey: true, altKey: true }), false, false)).toBeNull();
  });

  it('plain keys only outside the terminal; → only with a demo; PageDown in the terminal too', () => {
    expect(classroomKey(key('?'), false, false)).toBe('cheatSheet');
    expect(classroomKey(key('?'), true, false)).toBeNull();
    expect(classroomKey(key('ArrowRight'), false, false)).toBeNull();
    expect(classroomKey(key('ArrowRight'), false, true)).toBe('nextStep');
    expect(classroomKey(key('ArrowRight'), true, true)).toBeNull();
    expect(classroomKey(key('PageDown'), true, true)).toBe('nextStep');
    expect(classroomKey(key('z', { ctrlKey: true }), false, false)).toBeNull();
  });
});
