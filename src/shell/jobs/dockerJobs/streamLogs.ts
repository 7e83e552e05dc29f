// Printing a container's log entries from a cursor on: what an attached client or `logs -f`
// shows as the container writes. With a TTY there is one stream, so everything is stdout.
import type { LogEntry } from '../../../engine/world';

export interface Writer {
  out(text: string): void;
  err(text: string): void;
}

export function writeEntries(w: Writer, entries: readonly LogEntry[], opts: { tty?: boolean; prefix?: (e: LogEntry) => string } = {}): void {
  for (const e of entries) {
    const line = `${opts.prefix ? opts.prefix(e) : ''}${e.text}\n`;
    if (e.stream === 'stderr' && !opts.tty) w.err(line);
    else w.out(line);
  }
}

/** Prints entries[cursor…] and returns the new cursor. */
export function flushFrom(w: Writer, entries: readonly LogEntry[], cursor: number, tty = false): number {
  if (cursor < entries.length) writeEntries(w, entries.slice(cursor), { tty });
  return entries.length;
}
