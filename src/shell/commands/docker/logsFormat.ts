// How `docker logs` prints entries: one line each, on the stream it was written to (a TTY
// container has only stdout), `-t` prefixing the json-file timestamp in RFC3339NanoFixed.
import type { LogEntry } from '../../../engine/world';

export interface LogWriter {
  out(text: string): void;
  err(text: string): void;
}

/** jsonmessage.RFC3339NanoFixed: always nine fraction digits, unlike RFC3339Nano. */
export function rfc3339NanoFixed(ms: number): string {
  const iso = new Date(Math.floor(ms)).toISOString(); // 2018-05-20T10:00:00.123Z
  const nanos = String(Math.round((ms - Math.floor(ms / 1000) * 1000) * 1e6)).padStart(9, '0');
  return `${iso.slice(0, 19)}.${nanos}Z`;
}

export function formatLogEntries(w: LogWriter, entries: readonly LogEntry[], opts: { timestamps: boolean; tty: boolean }): void {
  for (const e of entries) {
    const line = `${opts.timestamps ? `${rfc3339NanoFixed(e.t)} ` : ''}${e.text}\n`;
    if (e.stream === 'stderr' && !opts.tty) w.err(line);
    else w.out(line);
  }
}
