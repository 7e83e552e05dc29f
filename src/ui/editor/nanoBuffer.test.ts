import { describe, expect, it } from 'vitest';
import { cursorLocation, cutLine, findNext, pasteCut } from './nanoBuffer';

describe('nano buffer operations', () => {
  it('^K cuts the whole line under the cursor, consecutive cuts gather, ^U pastes them back', () => {
    const first = cutLine({ text: 'FROM a\nRUN b\nCMD c\n', cursor: 9 }, '');
    expect(first).toEqual({ text: 'FROM a\nCMD c\n', cursor: 7, cut: 'RUN b\n' });
    const second = cutLine(first, first.cut);
    expect(second).toEqual({ text: 'FROM a\n', cursor: 7, cut: 'RUN b\nCMD c\n' });
    expect(pasteCut({ text: second.text, cursor: 0 }, second.cut)).toEqual({ text: 'RUN b\nCMD c\nFROM a\n', cursor: 12 });
  });

  it('^K on the empty last line cuts nothing', () => {
    expect(cutLine({ text: 'a\n', cursor: 2 }, 'x\n')).toEqual({ text: 'a\n', cursor: 2, cut: 'x\n' });
  });

  it('^C reports line, column and character with nano percentages', () => {
    expect(cursorLocation({ text: 'FROM a\nRUN b\n', cursor: 9 })).toBe('line 2/3 (66%), col 3/6 (50%), char 9/13 (69%)');
    expect(cursorLocation({ text: '', cursor: 0 })).toBe('line 1/1 (100%), col 1/1 (100%), char 0/0 (0%)');
  });

  it('^W finds the next match and wraps', () => {
    expect(findNext({ text: 'ab ab', cursor: 0 }, 'ab')).toEqual({ index: 3, wrapped: false });
    expect(findNext({ text: 'ab ab', cursor: 3 }, 'ab')).toEqual({ index: 0, wrapped: true });
    expect(findNext({ text: 'ab', cursor: 0 }, 'zz')).toBeNull();
  });
});
