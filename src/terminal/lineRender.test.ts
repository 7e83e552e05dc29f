import { describe, it, expect } from 'vitest';
import { cursorToEnd, redrawLine, visibleWidth } from './lineRender';

describe('visibleWidth', () => {
  it('counts cells, not escape codes or combining marks', () => {
    expect(visibleWidth('docker@default:~$ ')).toBe(18);
    expect(visibleWidth('\x1b[01;32mroot\x1b[0m$ ')).toBe(6);
    expect(visibleWidth('ক্ষ')).toBe(2);
    expect(visibleWidth('日本')).toBe(4);
  });
});

describe('redrawLine', () => {
  const p = '$ ';
  it('typing at the end writes only the new text', () => {
    expect(redrawLine(p, { line: 'dock', cursor: 4 }, { line: 'docke', cursor: 5 }, 80)).toBe('e');
  });

  it('nothing changed writes nothing', () => {
    expect(redrawLine(p, { line: 'ab', cursor: 2 }, { line: 'ab', cursor: 2 }, 80)).toBe('');
  });

  it('a mid-line edit rewrites the line and puts the cursor back', () => {
    expect(redrawLine(p, { line: 'dockr', cursor: 4 }, { line: 'docker', cursor: 5 }, 80)).toBe(
      '\r$ docker\x1b[J\b',
    );
  });

  it('a cursor move only moves the cursor', () => {
    expect(redrawLine(p, { line: 'docker run', cursor: 10 }, { line: 'docker run', cursor: 0 }, 80)).toBe(
      '\x1b[10D',
    );
  });

  it('a wrapped line goes up to its first row before redrawing', () => {
    // 10 columns: '$ ' + 12 chars puts the cursor on row 1, column 4.
    expect(redrawLine(p, { line: 'abcdefghijkl', cursor: 12 }, { line: 'abcdefghijk', cursor: 11 }, 10)).toBe(
      '\x1b[1A\r$ abcdefghijk\x1b[J',
    );
  });

  it('ending exactly at the last column moves onto the next row', () => {
    expect(redrawLine(p, { line: 'abcdefg', cursor: 7 }, { line: 'abcdefgh', cursor: 8 }, 10)).toBe('h \r\x1b[K');
  });

  it('cursorToEnd moves past the whole line, across rows', () => {
    expect(cursorToEnd(p, { line: 'abcdefghijkl', cursor: 0 }, 10)).toBe('\x1b[1B\r\x1b[4C');
    expect(cursorToEnd(p, { line: 'abc', cursor: 3 }, 10)).toBe('');
  });
});
