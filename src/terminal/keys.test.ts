import { describe, it, expect } from 'vitest';
import { parseKeys } from './keys';

describe('parseKeys', () => {
  it('groups printable characters into one text key', () => {
    expect(parseKeys('docker ps')).toEqual([{ kind: 'text', text: 'docker ps' }]);
  });

  it('splits a multi-line paste into lines and enters', () => {
    expect(parseKeys('echo a\recho b\r\nls\n')).toEqual([
      { kind: 'text', text: 'echo a' },
      { kind: 'enter' },
      { kind: 'text', text: 'echo b' },
      { kind: 'enter' },
      { kind: 'text', text: 'ls' },
      { kind: 'enter' },
    ]);
  });

  it('maps arrows, Home/End and Delete in CSI and SS3 forms', () => {
    expect(parseKeys('\x1b[A\x1b[B\x1b[C\x1b[D\x1b[H\x1b[F\x1bOH\x1bOF\x1b[1~\x1b[4~\x1b[3~').map((k) => k.kind)).toEqual([
      'up', 'down', 'right', 'left', 'home', 'end', 'home', 'end', 'home', 'end', 'delete',
    ]);
  });

  it('maps the readline control keys', () => {
    expect(parseKeys('\x01\x05\x15\x0b\x17\x03\x0c\x04\x7f\x08').map((k) => k.kind)).toEqual([
      'home', 'end', 'killBefore', 'killAfter', 'killWord', 'interrupt', 'clearScreen', 'eof', 'backspace', 'backspace',
    ]);
  });

  it('maps word moves from Ctrl-arrows and Meta-b/f', () => {
    expect(parseKeys('\x1b[1;5D\x1b[1;5C\x1bb\x1bf\x1b\x7f').map((k) => k.kind)).toEqual([
      'wordLeft', 'wordRight', 'wordLeft', 'wordRight', 'killWord',
    ]);
  });

  it('ignores unknown sequences, bracketed-paste markers and tabs', () => {
    expect(parseKeys('a\x1b[200~b\tc\x1b[201~\x1b[15~\x1b')).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'text', text: 'bc' },
    ]);
  });

  it('a typed Tab completes, Ctrl-R searches, Ctrl-G aborts, a lone ESC is the Escape key', () => {
    expect(parseKeys('\t')).toEqual([{ kind: 'tab' }]);
    expect(parseKeys('\x12\x07').map((k) => k.kind)).toEqual(['reverseSearch', 'abort']);
    expect(parseKeys('\x1b')).toEqual([{ kind: 'escape' }]);
  });

  it('keeps Bangla text as text', () => {
    expect(parseKeys('আমি')).toEqual([{ kind: 'text', text: 'আমি' }]);
  });
});
