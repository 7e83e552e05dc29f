// `docker logs --since/--until`: the client turns the value into a Unix timestamp
// (api/types/time GetTimestamp): a Go duration counts back from now and keeps whole seconds;
// `1526810400[.123]` is taken as it is; an RFC3339 date (Z or an offset, seconds optional)
// is parsed. The daemon then skips entries before `since` and stops after `until`.
import { goQuote } from '../../format/goQuote';
import { parseGoDuration } from '../../cli/flagValues';

/** The instant in ms, or the client's error text. */
export function logsTimestamp(value: string, now: number): number | { error: string } {
  if (value !== '0') {
    try {
      return Math.floor((now - parseGoDuration(value)) / 1000) * 1000;
    } catch {
      // not a duration: a timestamp then
    }
  }
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]\d{2}:\d{2})?$/.exec(value);
  if (m) {
    const time = m[2] ?? '00:00:00';
    const ms = Date.parse(`${m[1]}T${time.length === 5 ? `${time}:00` : time}${m[3] ?? 'Z'}`);
    if (!Number.isNaN(ms)) return ms;
  }
  // A malformed date gets Go's time.Parse error there, which this does not reproduce.
  return { error: `failed to parse value as time or duration: ${goQuote(value)}` };
}
