// psql's default output (print.c's aligned format, border 1): a centred title, centred headers,
// numbers right-aligned, text left-aligned and unpadded in the last column, multi-line cells with
// `+` marks, the `(N rows)` footer; command tags; errors with LINE n and the caret.
import type { SqlAnswer, SqlError, SqlResultSet } from '../../../engine/world';

/** Type oids psql right-aligns (int2/4/8, oid, xid, cid, float4/8, money, numeric). */
const NUMERIC_TYPES = new Set([20, 21, 23, 26, 28, 29, 700, 701, 790, 1700]);

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    // Combining marks take no cell; East Asian wide characters take two.
    if ((cp >= 0x300 && cp < 0x370) || (cp >= 0x9bc && cp <= 0x9d7 && cp !== 0x9bd && cp !== 0x9ce)) continue;
    w += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xff00 && cp <= 0xff60) ? 2 : 1;
  }
  return w;
}

function spaces(n: number): string {
  return n > 0 ? ' '.repeat(n) : '';
}

export interface TableOptions {
  title?: string;
  /** Per column: right-aligned? Defaults from the result's types. */
  rightAlign?: boolean[];
  /** Footer lines instead of `(N rows)` (\d's indexes); undefined prints the row count. */
  footers?: string[];
}

export function rowCountFooter(n: number): string {
  return `(${n} ${n === 1 ? 'row' : 'rows'})`;
}

/** One result set as psql prints it, ending with the footer and the blank line after it. */
export function formatTable(set: Pick<SqlResultSet, 'columns' | 'types' | 'rows'>, opts: TableOptions = {}): string {
  const ncol = set.columns.length;
  const right = opts.rightAlign ?? set.types.map((t) => NUMERIC_TYPES.has(t));
  const cells = set.rows.map((r) => r.map((v) => (v ?? '').split('\n')));
  const widths = set.columns.map((h, j) => Math.max(displayWidth(h), ...cells.map((r) => Math.max(...r[j].map(displayWidth)))));
  let out = '';
  if (opts.title !== undefined) {
    const total = widths.reduce((a, b) => a + b, 0) + 3 * ncol - 1;
    const tw = displayWidth(opts.title);
    out += `${total >= tw ? spaces(Math.floor((total - tw) / 2)) : ''}${opts.title}\n`;
  }
  if (ncol > 0) {
    out += set.columns
      .map((h, j) => {
        const pad = widths[j] - displayWidth(h);
        return ` ${spaces(Math.floor(pad / 2))}${h}${spaces(Math.ceil(pad / 2))} `;
      })
      .join('|');
    out += '\n';
    out += widths.map((w) => '-'.repeat(w + 2)).join('+');
    out += '\n';
  }
  for (const row of cells) {
    const height = Math.max(1, ...row.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      let line = '';
      for (let j = 0; j < ncol; j++) {
        const part = row[j][k];
        const more = k < row[j].length - 1;
        const last = j === ncol - 1;
        const text = part ?? '';
        line += ' ';
        if (right[j]) line += spaces(widths[j] - displayWidth(text)) + text;
        else line += text + (!last || more ? spaces(widths[j] - displayWidth(text)) : '');
        if (more) line += '+';
        else if (!last) line += ' ';
        if (!last) line += '|';
      }
      out += `${line}\n`;
    }
  }
  for (const f of opts.footers ?? [rowCountFooter(set.rows.length)]) out += `${f}\n`;
  return `${out}\n`;
}

/** `LINE n: …` and the caret under the error position (psql's reportErrorPosition, short lines). */
function errorPosition(sql: string, position: number): string {
  const chars = [...sql];
  const before = chars.slice(0, position - 1).join('');
  const lineNo = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const lines = sql.split('\n');
  let line = lines[lineNo - 1] ?? '';
  let col = displayWidth(before.slice(lineStart));
  // Long lines are cut around the error, as psql does, to keep within about 60 columns.
  const width = displayWidth(line);
  if (width > 60) {
    let start = 0;
    let prefix = '';
    if (col > 50) {
      start = col - 50 + 10;
      prefix = '...';
    }
    let shown = [...line].slice(start).join('');
    let suffix = '';
    if (displayWidth(shown) > 60 - prefix.length) {
      shown = [...shown].slice(0, 60 - prefix.length).join('');
      suffix = '...';
    }
    line = prefix + shown + suffix;
    col = col - start + prefix.length;
  }
  const head = `LINE ${lineNo}: `;
  return `${head}${line}\n${spaces(head.length + col)}^\n`;
}

export function formatError(e: SqlError, sql?: string): string {
  let out = `${e.severity}:  ${e.message}\n`;
  if (e.position !== undefined && sql !== undefined) out += errorPosition(sql, e.position);
  if (e.detail) out += `DETAIL:  ${e.detail}\n`;
  if (e.hint) out += `HINT:  ${e.hint}\n`;
  return out;
}

/** What psql prints for one answered statement: notices and errors to stderr, results to stdout. */
export function formatAnswer(answer: SqlAnswer, sql: string): { out: string; err: string } {
  let out = '';
  let err = '';
  for (const n of answer.notices) err += formatError(n);
  for (const set of answer.results) {
    if (set.columns.length > 0) {
      out += formatTable(set);
      if (/^(INSERT|UPDATE|DELETE|MERGE) /.test(set.tag)) out += `${set.tag}\n`;
    } else if (set.tag !== '') out += `${set.tag}\n`;
  }
  if (answer.error) err += formatError(answer.error, sql);
  return { out, err };
}
