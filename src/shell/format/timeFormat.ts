// Go time layouts Docker prints, over the virtual clock (ms since the epoch, always UTC).
// Sub-millisecond digits come from an optional extra nanosecond count (0–999999).
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const p2 = (n: number): string => String(n).padStart(2, '0');

function parts(ms: number) {
  const d = new Date(Math.floor(ms / 1000) * 1000);
  return {
    y: String(d.getUTCFullYear()).padStart(4, '0'),
    mo: d.getUTCMonth(),
    d: d.getUTCDate(),
    wd: d.getUTCDay(),
    h: p2(d.getUTCHours()),
    mi: p2(d.getUTCMinutes()),
    s: p2(d.getUTCSeconds()),
  };
}

/** Nanoseconds within the second, as nine digits. */
function nanos9(ms: number, extraNanos: number): string {
  const msInSecond = ((ms % 1000) + 1000) % 1000;
  return String(Math.floor(msInSecond) * 1e6 + Math.floor(extraNanos)).padStart(9, '0');
}

function dateTime(ms: number): string {
  const t = parts(ms);
  return `${t.y}-${p2(t.mo + 1)}-${p2(t.d)}T${t.h}:${t.mi}:${t.s}`;
}

/** time.RFC3339Nano, as `inspect` prints Created: trailing zeros of the fraction dropped. */
export function formatRFC3339Nano(ms: number, extraNanos = 0): string {
  const frac = nanos9(ms, extraNanos).replace(/0+$/, '');
  return dateTime(ms) + (frac ? '.' + frac : '') + 'Z';
}

/** jsonmessage.RFC3339NanoFixed: always nine fraction digits (`docker logs -t`, `events`). */
export function formatRFC3339NanoFixed(ms: number, extraNanos = 0): string {
  return dateTime(ms) + '.' + nanos9(ms, extraNanos) + 'Z';
}

/** time.RFC3339: whole seconds ("2018-05-20T10:00:00Z"). */
export function formatRFC3339(ms: number): string {
  return dateTime(ms) + 'Z';
}

/** time.ANSIC: "Mon Jan _2 15:04:05 2006", the `docker version` Built line. */
export function formatANSIC(ms: number): string {
  const t = parts(ms);
  return `${DAYS[t.wd]} ${MONTHS[t.mo]} ${String(t.d).padStart(2, ' ')} ${t.h}:${t.mi}:${t.s} ${t.y}`;
}

/** time.UnixDate: "Mon Jan _2 15:04:05 MST 2006", what `date` prints. */
export function formatUnixDate(ms: number): string {
  const t = parts(ms);
  return `${DAYS[t.wd]} ${MONTHS[t.mo]} ${String(t.d).padStart(2, ' ')} ${t.h}:${t.mi}:${t.s} UTC ${t.y}`;
}

/** time.Time.String(): "2018-05-20 10:00:00 +0000 UTC" (ps/images CreatedAt), fraction if any. */
export function formatGoTimeString(ms: number, extraNanos = 0): string {
  const t = parts(ms);
  const frac = nanos9(ms, extraNanos).replace(/0+$/, '');
  return `${t.y}-${p2(t.mo + 1)}-${p2(t.d)} ${t.h}:${t.mi}:${t.s}${frac ? '.' + frac : ''} +0000 UTC`;
}
