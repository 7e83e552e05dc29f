// Go's text/tabwriter (elastic tabstops) as docker/cli configures it. Cells end with '\t'; the
// last cell of a line is never padded; a column's width is max(widest cell + padding, minWidth)
// over a block of consecutive lines that all have that column.
import { displayWidth, runeCount } from './runeWidth';

export interface TabwriterOptions {
  /** Minimal cell width including padding: 20 for tables before CLI 20.10, 10 after. */
  minWidth: number;
  /** Width of a tab when padChar is '\t'. docker passes 1. */
  tabWidth?: number;
  /** Added to the widest cell of a column: 3 for tables, 1 for `docker version`. */
  padding: number;
  padChar?: ' ' | '\t';
  /** Cell width measure: Go counts code points (default); docker/cli ≥ 22 counts wide chars as 2. */
  widthOf?: (text: string) => number;
}

interface Cell {
  text: string;
  width: number;
}

/** docker/cli's table writer: tabwriter.NewWriter(out, minWidth, 1, 3, ' ', 0). */
export function tableWriterOptions(minWidth: number): TabwriterOptions {
  return { minWidth, tabWidth: 1, padding: 3, padChar: ' ' };
}

function isTerminator(code: number): boolean {
  return code === 9 || code === 10 || code === 11 || code === 12; // \t \n \v \f
}

function splitCells(text: string, widthOf: (s: string) => number): Cell[][] {
  const lines: Cell[][] = [];
  let line: Cell[] = [];
  let start = 0;
  // Cells are slices between terminators; the terminators are all ASCII, so UTF-16 units will do.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isTerminator(code)) continue;
    const cell = text.slice(start, i);
    line.push({ text: cell, width: widthOf(cell) });
    start = i + 1;
    if (code === 10 || code === 12) {
      lines.push(line);
      line = [];
    }
  }
  if (start < text.length) {
    const cell = text.slice(start);
    line.push({ text: cell, width: widthOf(cell) });
  }
  lines.push(line);
  return lines;
}

/**
 * tabwrite() of lines given as cells, each line ending with a newline. When every line has the
 * same number of cells (a table), each column but the last is one block as wide as its widest
 * cell plus padding: that is written in two passes without building the text and splitting it.
 */
export function tabwriteTable(rows: readonly (readonly string[])[], opts: TabwriterOptions): string {
  const slow = () => tabwrite(rows.map((r) => r.join('\t') + '\n').join(''), opts);
  const n = rows.length > 0 ? rows[0].length : 0;
  if (n === 0 || (opts.padChar ?? ' ') !== ' ' || rows.some((r) => r.length !== n)) return slow();
  const widthOf = opts.widthOf ?? runeCount;
  const padded = n - 1;
  const cellWidths: number[] = new Array(rows.length * padded);
  const widths: number[] = new Array(padded).fill(opts.minWidth);
  // Both width measures count one per UTF-16 unit for text below U+1100: one regex scan tells.
  const plainIsLength = widthOf === runeCount || widthOf === displayWidth;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (TERMINATOR.test(row[padded])) return slow();
    for (let j = 0; j < padded; j++) {
      const text = row[j];
      let w = text.length;
      if (!plainIsLength || NOT_PLAIN.test(text)) {
        if (TERMINATOR.test(text)) return slow();
        w = widthOf(text);
      }
      cellWidths[i * padded + j] = w;
      if (w + opts.padding > widths[j]) widths[j] = w + opts.padding;
    }
  }
  const spaces: string[] = [];
  // Pieces in a list of the right size, joined once: appending to a string makes a rope node per
  // piece, several times the garbage of the output itself.
  const parts: string[] = new Array(rows.length * 2 * n);
  let k = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    for (let j = 0; j < padded; j++) {
      const gap = widths[j] - cellWidths[i * padded + j];
      parts[k++] = row[j];
      parts[k++] = spaces[gap] ??= ' '.repeat(gap);
    }
    parts[k++] = row[padded];
    parts[k++] = '\n';
  }
  return parts.join('');
}

const TERMINATOR = /[\t\n\v\f]/;
const NOT_PLAIN = /[\t\n\v\f]|[^\0-\u10ff]/;

/** Writes text through a tabwriter and flushes it, returning the aligned output. */
export function tabwrite(text: string, opts: TabwriterOptions): string {
  return writeAligned(splitCells(text, opts.widthOf ?? runeCount), opts);
}

function writeAligned(lines: Cell[][], opts: TabwriterOptions): string {
  const padChar = opts.padChar ?? ' ';
  const tabWidth = opts.tabWidth ?? 8;
  const widths: number[] = [];
  const parts: string[] = [];
  const spaces: string[] = [];

  const writePadding = (textw: number, cellw: number): void => {
    if (padChar === '\t') {
      if (tabWidth === 0) return;
      const w = Math.ceil(cellw / tabWidth) * tabWidth;
      parts.push('\t'.repeat(Math.ceil((w - textw) / tabWidth)));
      return;
    }
    const n = Math.max(0, cellw - textw);
    parts.push((spaces[n] ??= ' '.repeat(n)));
  };

  const writeLines = (line0: number, line1: number): void => {
    for (let i = line0; i < line1; i++) {
      const line = lines[i];
      for (let j = 0; j < line.length; j++) {
        parts.push(line[j].text);
        if (j < widths.length) writePadding(line[j].width, widths[j]);
      }
      if (i + 1 < lines.length) parts.push('\n');
    }
  };

  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    for (let t = line0; t < line1; t++) {
      if (column >= lines[t].length - 1) continue;
      writeLines(line0, t);
      line0 = t;
      let width = opts.minWidth;
      for (; t < line1; t++) {
        const line = lines[t];
        if (column >= line.length - 1) break;
        width = Math.max(width, line[column].width + opts.padding);
      }
      widths.push(width);
      format(line0, t);
      widths.pop();
      line0 = t;
    }
    writeLines(line0, line1);
  };

  format(0, lines.length);
  return parts.join('');
}
