// Go's text/tabwriter (elastic tabstops) as docker/cli configures it. Cells end with '\t'; the
// last cell of a line is never padded; a column's width is max(widest cell + padding, minWidth)
// over a block of consecutive lines that all have that column.
import { runeCount } from './runeWidth';

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
  htab: boolean;
}

/** docker/cli's table writer: tabwriter.NewWriter(out, minWidth, 1, 3, ' ', 0). */
export function tableWriterOptions(minWidth: number): TabwriterOptions {
  return { minWidth, tabWidth: 1, padding: 3, padChar: ' ' };
}

function splitCells(text: string, widthOf: (s: string) => number): Cell[][] {
  const lines: Cell[][] = [[]];
  let cur = '';
  for (const ch of text) {
    if (ch === '\t' || ch === '\v' || ch === '\n' || ch === '\f') {
      lines[lines.length - 1].push({ text: cur, width: widthOf(cur), htab: ch === '\t' });
      cur = '';
      if (ch === '\n' || ch === '\f') lines.push([]);
    } else cur += ch;
  }
  if (cur !== '') lines[lines.length - 1].push({ text: cur, width: widthOf(cur), htab: false });
  return lines;
}

/** Writes text through a tabwriter and flushes it, returning the aligned output. */
export function tabwrite(text: string, opts: TabwriterOptions): string {
  const widthOf = opts.widthOf ?? runeCount;
  const padChar = opts.padChar ?? ' ';
  const tabWidth = opts.tabWidth ?? 8;
  const lines = splitCells(text, widthOf);
  const widths: number[] = [];
  let out = '';

  const writePadding = (textw: number, cellw: number): void => {
    if (padChar === '\t') {
      if (tabWidth === 0) return;
      const w = Math.ceil(cellw / tabWidth) * tabWidth;
      out += '\t'.repeat(Math.ceil((w - textw) / tabWidth));
      return;
    }
    out += ' '.repeat(Math.max(0, cellw - textw));
  };

  const writeLines = (line0: number, line1: number): void => {
    for (let i = line0; i < line1; i++) {
      lines[i].forEach((c, j) => {
        out += c.text;
        if (j < widths.length) writePadding(c.width, widths[j]);
      });
      if (i + 1 < lines.length) out += '\n';
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
  return out;
}
