// How to show an edit: the escape sequence that turns what the terminal shows for one line state
// into another. Positions count cells from the first cell of the prompt; long lines wrap at `cols`.

export interface LineView {
  line: string;
  cursor: number;
}

// Escape sequences are exactly what this must match.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufeff]/u;
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/** Cells a string takes in the terminal (escape sequences take none, CJK takes two). */
export function visibleWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI, '')) {
    if (ZERO_WIDTH.test(ch)) continue;
    width += WIDE.test(ch) ? 2 : 1;
  }
  return width;
}

/** From the cursor shown for `prev` to the screen showing `next`, with the cursor where it belongs. */
export function redrawLine(prompt: string, prev: LineView, next: LineView, cols: number): string {
  const promptWidth = visibleWidth(prompt);
  const end = promptWidth + visibleWidth(next.line);
  const appended =
    prev.cursor === prev.line.length && next.cursor === next.line.length && next.line.startsWith(prev.line);
  if (appended) {
    if (next.line === prev.line) return '';
    return next.line.slice(prev.line.length) + wrapFix(end, cols);
  }
  const from = promptWidth + visibleWidth(prev.line.slice(0, prev.cursor));
  const to = promptWidth + visibleWidth(next.line.slice(0, next.cursor));
  if (next.line === prev.line) return moveTo(from, to, cols);
  return (
    moveTo(from, 0, cols) + prompt + next.line + wrapFix(end, cols) + '\x1b[J' + moveTo(end, to, cols)
  );
}

/** Redraw the whole line under a different prompt (entering or leaving Ctrl-R's search prompt). */
export function replaceLine(prevPrompt: string, prev: LineView, nextPrompt: string, next: LineView, cols: number): string {
  const from = visibleWidth(prevPrompt) + visibleWidth(prev.line.slice(0, prev.cursor));
  const end = visibleWidth(nextPrompt) + visibleWidth(next.line);
  const to = visibleWidth(nextPrompt) + visibleWidth(next.line.slice(0, next.cursor));
  return moveTo(from, 0, cols) + nextPrompt + next.line + wrapFix(end, cols) + '\x1b[J' + moveTo(end, to, cols);
}

/** Put the cursor after the whole line (before Enter echoes a newline). */
export function cursorToEnd(prompt: string, view: LineView, cols: number): string {
  const promptWidth = visibleWidth(prompt);
  return moveTo(
    promptWidth + visibleWidth(view.line.slice(0, view.cursor)),
    promptWidth + visibleWidth(view.line),
    cols,
  );
}

// After writing up to exactly the last column the cursor waits there for a pending wrap;
// writing a space and returning puts it truly on the next row, so positions stay arithmetic.
function wrapFix(end: number, cols: number): string {
  return end > 0 && end % cols === 0 ? ' \r\x1b[K' : '';
}

function moveTo(from: number, to: number, cols: number): string {
  if (from === to) return '';
  const rowFrom = Math.floor(from / cols);
  const rowTo = Math.floor(to / cols);
  const colTo = to % cols;
  let seq = '';
  if (rowFrom > rowTo) seq += `\x1b[${rowFrom - rowTo}A`;
  if (rowTo > rowFrom) seq += `\x1b[${rowTo - rowFrom}B`;
  if (rowFrom === rowTo && colTo > 0) {
    if (to < from) return from - to <= 4 ? '\b'.repeat(from - to) : `\x1b[${from - to}D`;
    return `\x1b[${to - from}C`;
  }
  seq += '\r';
  if (colTo > 0) seq += `\x1b[${colTo}C`;
  return seq;
}
