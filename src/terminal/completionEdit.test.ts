import { describe, expect, it } from 'vitest';
import { applyCompletion, commonPrefix } from './completionEdit';
import { createEditorState, type EditorState } from './lineEditor';

const typed = (line: string, cursor = line.length): EditorState => ({ ...createEditorState(), line, cursor });

describe('applyCompletion', () => {
  it('one candidate is inserted with a space after it', () => {
    const out = applyCompletion(typed('docker ru'), { start: 7, end: 9, candidates: ['run'] }, false);
    expect(out).toEqual({ state: { ...typed('docker run '), cursor: 11 } });
  });

  it('a directory gets no space, so the next Tab goes on inside it', () => {
    const out = applyCompletion(typed('cd wo'), { start: 3, end: 5, candidates: ['work/'] }, false);
    expect(out.state.line).toBe('cd work/');
  });

  it('mid-line, a space already after the word is stepped over', () => {
    const out = applyCompletion(typed('docker st web', 9), { start: 7, end: 9, candidates: ['stop'] }, false);
    expect(out.state.line).toBe('docker stop web');
    expect(out.state.cursor).toBe(12);
  });

  it('several candidates insert their common prefix and ring', () => {
    const out = applyCompletion(typed('docker s'), { start: 7, end: 8, candidates: ['start', 'stats', 'stop'] }, false);
    expect(out).toEqual({ state: typed('docker st'), bell: true });
  });

  it('a Tab that adds nothing rings; a second one lists, by display names when given', () => {
    const c = { start: 4, end: 9, candidates: ['work/a.txt', 'work/b/'], display: ['a.txt', 'b/'] };
    expect(applyCompletion(typed('cat work/'), c, false)).toEqual({ state: typed('cat work/'), bell: true });
    expect(applyCompletion(typed('cat work/'), c, true)).toEqual({ state: typed('cat work/'), list: ['a.txt', 'b/'] });
  });

  it('nothing to offer rings', () => {
    expect(applyCompletion(typed('zz'), { start: 0, end: 2, candidates: [] }, true)).toEqual({ state: typed('zz'), bell: true });
  });

  it('commonPrefix', () => {
    expect(commonPrefix(['stop', 'start', 'stats'])).toBe('st');
    expect(commonPrefix(['run'])).toBe('run');
    expect(commonPrefix([])).toBe('');
  });
});
