// The clock formats that servers print in their logs and headers. All in UTC: containers run
// with TZ unset, so every log line a student sees is UTC, as on a real Docker host.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function p2(n: number): string {
  return String(n).padStart(2, '0');
}

function p3(n: number): string {
  return String(n).padStart(3, '0');
}

function hms(d: Date): string {
  return `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

function ymd(d: Date, sep: string): string {
  return `${d.getUTCFullYear()}${sep}${p2(d.getUTCMonth() + 1)}${sep}${p2(d.getUTCDate())}`;
}

/** RFC 7231 date for the HTTP Date and Last-Modified headers: `Sun, 20 May 2018 10:00:05 GMT`. */
export function httpDate(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]}, ${p2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hms(d)} GMT`;
}

/** nginx access log `$time_local`: `20/May/2018:10:00:05 +0000`. */
export function nginxAccessTime(ms: number): string {
  const d = new Date(ms);
  return `${p2(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${hms(d)} +0000`;
}

/** nginx error log: `2026/01/15 10:00:00`. */
export function nginxErrorTime(ms: number): string {
  const d = new Date(ms);
  return `${ymd(d, '/')} ${hms(d)}`;
}

/** werkzeug request log: `20/May/2018 10:00:05`. */
export function werkzeugTime(ms: number): string {
  const d = new Date(ms);
  return `${p2(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()} ${hms(d)}`;
}

/** PostgreSQL `log_line_prefix '%m '`: `2018-05-20 10:00:01.123 UTC`. */
export function postgresTime(ms: number): string {
  const d = new Date(ms);
  return `${ymd(d, '-')} ${hms(d)}.${p3(d.getUTCMilliseconds())} UTC`;
}

/** PostgreSQL `%t` without milliseconds, as in `database system was shut down at …`. */
export function postgresSecondsTime(ms: number): string {
  const d = new Date(ms);
  return `${ymd(d, '-')} ${hms(d)} UTC`;
}

/** Redis log time: `20 May 10:00:00.123` before 5.0, with the year since. */
export function redisTime(ms: number, withYear: boolean): string {
  const d = new Date(ms);
  const year = withYear ? ` ${d.getUTCFullYear()}` : '';
  return `${p2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]}${year} ${hms(d)}.${p3(d.getUTCMilliseconds())}`;
}

/** MongoDB 3.x text log: `2018-05-20T10:00:00.123+0000`. */
export function mongoTextTime(ms: number): string {
  const d = new Date(ms);
  return `${ymd(d, '-')}T${hms(d)}.${p3(d.getUTCMilliseconds())}+0000`;
}

/** MongoDB ≥4.4 JSON log `$date`: `2026-01-15T10:00:00.123+00:00`. */
export function mongoJsonTime(ms: number): string {
  const d = new Date(ms);
  return `${ymd(d, '-')}T${hms(d)}.${p3(d.getUTCMilliseconds())}+00:00`;
}
