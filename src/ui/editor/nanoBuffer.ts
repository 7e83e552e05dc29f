// nano's line operations on a plain text and a cursor offset (the textarea's selectionStart):
// ^K cuts the cursor's whole line into the cut buffer (consecutive ^Ks gather lines), ^U pastes
// it at the cursor, ^C reports the position, ^W finds the next match. Pure, so it is unit-tested.

export interface NanoText {
  text: string;
  cursor: number;
}

function lineBounds(text: string, cursor: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', cursor - 1) + 1;
  const nl = text.indexOf('\n', cursor);
  return { start, end: nl < 0 ? text.length : nl + 1 };
}

/** ^K: the line under the cursor leaves the text; `keep` is the cut buffer when the previous key was ^K too. */
export function cutLine(at: NanoText, keep: string): NanoText & { cut: string } {
  const { start, end } = lineBounds(at.text, at.cursor);
  if (start === end) return { ...at, cut: keep };
  const line = at.text.slice(start, end);
  return { text: at.text.slice(0, start) + at.text.slice(end), cursor: start, cut: keep + line };
}

/** ^U: the cut buffer goes in at the cursor, which ends up after it. */
export function pasteCut(at: NanoText, cut: string): NanoText {
  return { text: at.text.slice(0, at.cursor) + cut + at.text.slice(at.cursor), cursor: at.cursor + cut.length };
}

/** nano's buffer always has a last line after the final newline: its line count includes it. */
function lineCount(text: string): number {
  return text.split('\n').length;
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((100 * part) / whole);
}

/** ^C: `line 2/6 (33%), col 1/12 (8%), char 14/52 (26%)` as nano's report_cursor_position prints it. */
export function cursorLocation(at: NanoText): string {
  const before = at.text.slice(0, at.cursor);
  const line = before.split('\n').length;
  const lines = lineCount(at.text);
  const { start, end } = lineBounds(at.text, at.cursor);
  const lineLength = at.text.slice(start, end).replace(/\n$/, '').length;
  const col = at.cursor - start + 1;
  const chars = at.text.length;
  return `line ${line}/${lines} (${percent(line, lines)}%), col ${col}/${lineLength + 1} (${percent(col, lineLength + 1)}%), char ${at.cursor}/${chars} (${percent(at.cursor, chars)}%)`;
}

/** ^W: the next match after the cursor, wrapping to the top; null when there is none. */
export function findNext(at: NanoText, term: string): { index: number; wrapped: boolean } | null {
  if (term === '') return null;
  const after = at.text.indexOf(term, at.cursor + 1);
  if (after >= 0) return { index: after, wrapped: false };
  const fromTop = at.text.indexOf(term);
  return fromTop >= 0 ? { index: fromTop, wrapped: true } : null;
}
