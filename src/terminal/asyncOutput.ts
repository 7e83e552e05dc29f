// Output that arrives while the student is typing (the idle clock's steps) goes above the line, as
// readline does for a job's async output: erase the prompt and the line, print, and draw both
// again below with the cursor where it was.
import type { Chunk } from '../shell';
import { replaceLine, type LineView } from './lineRender';

/** Terminals want CRLF; the shell speaks LF. */
function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/**
 * The bytes that print `output` above the edited line: from the screen showing `shownPrompt` and
 * `view` to `output`, then `nextPrompt` and `view` with the cursor at `view.cursor`.
 */
export function printAboveLine(shownPrompt: string, view: LineView, output: Chunk[], nextPrompt: string, cols: number): string {
  const text = output.map((chunk) => chunk.text).join('');
  const ended = text === '' || text.endsWith('\n') ? '' : '\r\n';
  const empty = { line: '', cursor: 0 };
  return (
    replaceLine(shownPrompt, view, '', empty, cols) +
    crlf(text) +
    ended +
    replaceLine('', empty, nextPrompt, view, cols)
  );
}
