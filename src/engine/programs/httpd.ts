// Apache httpd as the official image runs it (`httpd-foreground` → `httpd -DFOREGROUND`): listens on
// 80, serves /usr/local/apache2/htdocs, writes the error log to stderr and the access log (common
// log format) to stdout. Without ServerName it warns AH00558 twice (config test + real start).
// Today's image stops with SIGWINCH (graceful stop); the 2018 image had no STOPSIGNAL (SIGTERM).
import { HTTPD_INDEX } from '../hub/images/httpd';
import { httpDate, nginxAccessTime } from './timeFormats';
import { mimeType, utf8Length } from './nginxPages';
import type { HttpRequest, HttpResponse, ProgramApi, ProgramDef, Signal } from './programTypes';

const DOCROOT = '/usr/local/apache2/htdocs';
const INDEX_MTIME = Date.UTC(2007, 5, 11, 18, 53, 14);
const VERSION = { classic: '2.4.33', current: '2.4.65' } as const;
/** A worker thread id as Apache prints it; fixed so logs stay deterministic. */
const TID = '140241347233664';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Apache error-log time: `Sun May 20 10:00:00.000000 2018`. */
export function apacheErrorTime(ms: number): string {
  const d = new Date(ms);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const usec = String((ms % 1000) * 1000).padStart(6, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${usec} ${d.getUTCFullYear()}`;
}

function notice(api: ProgramApi, offset: number, module: string, msg: string): string {
  return `[${apacheErrorTime(api.now + offset)}] [${module}:notice] [pid 1:tid ${TID}] ${msg}\n`;
}

function containerIp(api: ProgramApi): string {
  const ep = Object.values(api.container.networks ?? {}).find((e) => e.ip);
  return ep ? ep.ip : '127.0.0.1';
}

function serve(api: ProgramApi, req: HttpRequest): HttpResponse {
  const path = req.path.split('?')[0];
  const filePath = `${DOCROOT}${path.endsWith('/') ? `${path}index.html` : path}`;
  const body = api.readFile(filePath);
  const version = VERSION[api.profile];
  if (body === undefined) {
    const page = `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL ${path} was not found on this server.</p>\n</body></html>\n`;
    api.out(`${req.remoteAddr} - - [${nginxAccessTime(api.now)}] "${req.method} ${req.path} HTTP/1.1" 404 ${utf8Length(page)}\n`);
    const headers = { Date: httpDate(api.now), Server: `Apache/${version} (Unix)`, 'Content-Length': String(utf8Length(page)), 'Content-Type': 'text/html; charset=iso-8859-1' };
    return { status: 404, statusText: 'Not Found', headers, body: req.method === 'HEAD' ? '' : page };
  }
  const length = utf8Length(body);
  api.out(`${req.remoteAddr} - - [${nginxAccessTime(api.now)}] "${req.method} ${req.path} HTTP/1.1" 200 ${req.method === 'HEAD' ? '-' : length}\n`);
  // The packaged index.html keeps its 2007 mtime from the Apache source tarball.
  const mtime = body === HTTPD_INDEX ? INDEX_MTIME : api.container.created || api.now;
  const etag = `"${length.toString(16)}-${(mtime * 1000).toString(16)}"`;
  const headers: Record<string, string> = {
    Date: httpDate(api.now),
    Server: `Apache/${version} (Unix)`,
    'Last-Modified': httpDate(mtime),
    ETag: etag,
    'Accept-Ranges': 'bytes',
    'Content-Length': String(length),
    'Content-Type': mimeType(filePath),
  };
  return { status: 200, statusText: 'OK', headers, body: req.method === 'HEAD' ? '' : body };
}

function stop(api: ProgramApi, sig: Signal): void {
  const text =
    sig === 'SIGWINCH'
      ? notice(api, 0, 'mpm_event', 'AH00492: caught SIGWINCH, shutting down gracefully')
      : notice(api, 0, 'mpm_event', `AH00491: caught ${sig}, shutting down`);
  api.err(text);
  api.exit(0);
}

export const httpd: ProgramDef = {
  name: 'httpd',
  start(api) {
    const ip = containerIp(api);
    const warn = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message\n`;
    api.err(
      warn +
        warn +
        notice(api, 0, 'mpm_event', `AH00489: Apache/${VERSION[api.profile]} (Unix) configured -- resuming normal operations`) +
        notice(api, 0, 'core', "AH00094: Command line: 'httpd -D FOREGROUND'"),
    );
    api.listen(80);
  },
  signal(api, sig) {
    if (sig === 'SIGWINCH' || sig === 'SIGTERM' || sig === 'SIGINT') stop(api, sig);
  },
  http: serve,
};

/** The image's CMD: a tiny script that clears a stale pid file and execs httpd. */
export const httpdForeground: ProgramDef = {
  name: 'httpd-foreground',
  start(api) {
    httpd.start(api);
  },
  signal: httpd.signal,
  http: serve,
};
