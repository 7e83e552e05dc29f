// How `docker logs` prints entries: one line each, on the stream it was written to (a TTY
// container has only stdout), `-t` prefixing the json-file timestamp in RFC3339NanoFixed.
import type { LogEntry } from '../../../engine/world';
import { formatRFC3339NanoFixed } from '../../format/timeFormat';

export interface LogWriter {
  out(text: string): void;
  err(text: string): void;
}

export function formatLogEntries(w: LogWriter, entries: readonly LogEntry[], opts: { timestamps: boolean; tty: boolean }): void {
  for (const e of entries) {
    const line = `${opts.timestamps ? `${formatRFC3339NanoFixed(e.t)} ` : ''}${e.text}\n`;
    if (e.stream === 'stderr' && !opts.tty) w.err(line);
    else w.out(line);
  }
}
