// Go's time.RFC3339Nano for the virtual clock (UTC): trailing zeros of the fraction are dropped,
// and the zero time prints as Go's zero time, which is what inspect shows for "never".
export const GO_ZERO_TIME = '0001-01-01T00:00:00Z';

export function toRfc3339Nano(ms: number, nanosWithinMs = 0): string {
  if (ms <= 0) return GO_ZERO_TIME;
  const d = new Date(Math.floor(ms));
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const clock = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const nanos = d.getUTCMilliseconds() * 1_000_000 + Math.max(0, Math.min(999_999, Math.floor(nanosWithinMs)));
  const frac = nanos === 0 ? '' : '.' + String(nanos).padStart(9, '0').replace(/0+$/, '');
  return `${date}T${clock}${frac}Z`;
}
