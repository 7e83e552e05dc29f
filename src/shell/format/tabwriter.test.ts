import { describe, it, expect } from 'vitest';
import { displayWidth } from './runeWidth';
import { tabwrite, tableWriterOptions } from './tabwriter';

const table20 = tableWriterOptions(20);
const table10 = tableWriterOptions(10);

describe('tabwrite', () => {
  it('pads every column but the last to max(widest + 3, minwidth)', () => {
    const out = tabwrite('CONTAINER ID\tIMAGE\tNAMES\n4d5b9c2a1f3e\tnginx\tweb\n', table20);
    expect(out).toBe('CONTAINER ID        IMAGE               NAMES\n4d5b9c2a1f3e        nginx               web\n');
  });

  it('uses the current minwidth of 10', () => {
    const out = tabwrite('CONTAINER ID\tIMAGE\tNAMES\n4d5b9c2a1f3e\tnginx\tweb\n', table10);
    expect(out).toBe('CONTAINER ID   IMAGE     NAMES\n4d5b9c2a1f3e   nginx     web\n');
  });

  it('grows a column for a wide cell', () => {
    const out = tabwrite('A\tB\ntutum/hello-world:latest\tx\n', table20);
    expect(out).toBe('A                          B\ntutum/hello-world:latest   x\n');
  });

  it('prints a header-only table', () => {
    expect(tabwrite('NETWORK ID\tNAME\tDRIVER\tSCOPE\n', table10)).toBe('NETWORK ID   NAME      DRIVER    SCOPE\n');
  });

  it('pads empty cells, leaving trailing spaces before an empty last column', () => {
    const out = tabwrite('ID\tERROR\tPORTS\nabc\t\t\n', table10);
    expect(out).toBe('ID        ERROR     PORTS\nabc                 \n');
  });

  it('keeps empty lines and lines without tabs unaligned, and they end a column block', () => {
    const out = tabwrite('a\tb\n\nlonger cell\tc\nplain\n', { minWidth: 0, padding: 1 });
    expect(out).toBe('a b\n\nlonger cell c\nplain\n');
  });

  it('aligns columns only over the block of lines that have them', () => {
    const out = tabwrite('x\ty\tz\nlong-first\tq\n', { minWidth: 0, padding: 1 });
    expect(out).toBe('x          y z\nlong-first q\n');
  });

  it('formats docker version blocks with padding 1 and minwidth 15', () => {
    const text = 'Client:\n Version:\t18.03.1-ce\n API version:\t1.37\n Experimental:\tfalse\n';
    expect(tabwrite(text, { minWidth: 15, padding: 1 })).toBe('Client:\n Version:      18.03.1-ce\n API version:  1.37\n Experimental: false\n');
  });

  it('writes no newline after text that does not end with one', () => {
    expect(tabwrite('a\tb', table10)).toBe('a         b');
    expect(tabwrite('', table10)).toBe('');
  });

  it('counts code points, so the ellipsis is one cell', () => {
    expect(tabwrite('"nginx -g \'daemon of…"\tx\n', { minWidth: 0, padding: 3 })).toBe('"nginx -g \'daemon of…"   x\n');
  });

  it('can count East Asian wide characters as two cells', () => {
    expect(tabwrite('漢字\tx\nab\ty\n', { minWidth: 0, padding: 1, widthOf: displayWidth })).toBe('漢字 x\nab   y\n');
  });

  it('pads with tabs when asked', () => {
    expect(tabwrite('ab\tc\n', { minWidth: 0, padding: 1, padChar: '\t', tabWidth: 8 })).toBe('ab\tc\n');
  });
});
