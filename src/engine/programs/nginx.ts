// nginx as the official image runs it (`nginx -g 'daemon off;'`): listens on 80, serves
// /usr/share/nginx/html, logs each request to stdout in the combined format. Today's image
// logs notices (start-up, signals) to stderr; the 2018 image logged at warn, so it was silent.
// In tutum/hello-world (php-fpm + nginx on Alpine, /www/index.php) it serves the tutum page.
import { programOutputs } from '../profile/programOutput';
import { nginxIndexHtml } from '../hub/images/nginxPage';
import { mimeType, nginxErrorPage, statusText, utf8Length } from './nginxPages';
import { nginxMimeType } from './nginxMimeTypes';
import type { HttpRequest, HttpResponse, ProgramApi, ProgramDef, Signal } from './programTypes';
import { httpDate, nginxAccessTime, nginxErrorTime } from './timeFormats';
import { renderTutumPage } from './tutumPage';

const ROOT = '/usr/share/nginx/html';
/** tutum/hello-world's nginx (Alpine, 2016): version not confirmed by our sources. */
const TUTUM_VERSION = '1.8.1';

interface NginxState {
  connections: number;
  workers: number[];
}

function isTutum(api: ProgramApi): boolean {
  return api.readFile('/www/index.php') !== undefined;
}

function errorLog(api: ProgramApi, pid: number, level: string, msg: string): void {
  api.err(`${nginxErrorTime(api.now)} [${level}] ${pid}#${pid}: ${msg}\n`);
}

function getHeader(req: HttpRequest, name: string): string | undefined {
  const k = Object.keys(req.headers).find((h) => h.toLowerCase() === name.toLowerCase());
  return k === undefined ? undefined : req.headers[k];
}

function accessLog(api: ProgramApi, req: HttpRequest, status: number, bytes: number, tutum: boolean): void {
  const referer = getHeader(req, 'Referer') ?? '-';
  const ua = getHeader(req, 'User-Agent') ?? '-';
  const base = `${req.remoteAddr} - - [${nginxAccessTime(api.now)}] "${req.method} ${req.path} HTTP/1.1" ${status} ${bytes} "${referer}" "${ua}"`;
  api.out(tutum ? `${base}\n` : `${base} "-"\n`);
}

function etag(mtime: number, length: number): string {
  return `"${Math.floor(mtime / 1000).toString(16)}-${length.toString(16)}"`;
}

function respond(api: ProgramApi, req: HttpRequest, version: string, status: number, body: string, extra: Record<string, string>, tutum: boolean): HttpResponse {
  const length = utf8Length(body);
  accessLog(api, req, status, req.method === 'HEAD' ? 0 : length, tutum);
  const headers: Record<string, string> = { Server: `nginx/${version}`, Date: httpDate(api.now), ...extra };
  if (!('Transfer-Encoding' in extra)) headers['Content-Length'] = String(length);
  return { status, statusText: statusText(status), headers: reorder(headers), body: req.method === 'HEAD' ? '' : body };
}

/** nginx sends Content-Type before Content-Length and Connection after them. */
function reorder(h: Record<string, string>): Record<string, string> {
  const order = ['Server', 'Date', 'Content-Type', 'Content-Length', 'Transfer-Encoding', 'Last-Modified', 'Location', 'Connection', 'ETag', 'Accept-Ranges'];
  const out: Record<string, string> = {};
  for (const k of order) if (k in h) out[k] = h[k];
  for (const k of Object.keys(h)) if (!(k in out)) out[k] = h[k];
  if (!('Connection' in out)) return reorder({ ...out, Connection: 'keep-alive' });
  return out;
}

function notFound(api: ProgramApi, req: HttpRequest, version: string, bodyTag: string, file: string, tutum: boolean): HttpResponse {
  const st = api.getState<NginxState>() ?? { connections: 0, workers: [7] };
  const host = getHeader(req, 'Host');
  errorLog(
    api,
    st.workers[0],
    'error',
    `*${st.connections} open() "${file}" failed (2: No such file or directory), client: ${req.remoteAddr}, server: localhost, request: "${req.method} ${req.path} HTTP/1.1"${host ? `, host: "${host}"` : ''}`,
  );
  return respond(api, req, version, 404, nginxErrorPage(404, version, bodyTag), { 'Content-Type': 'text/html' }, tutum);
}

function serve(api: ProgramApi, req: HttpRequest): HttpResponse {
  const prof = programOutputs[api.profile].nginx;
  const st = api.getState<NginxState>() ?? { connections: 0, workers: [7] };
  api.setState<NginxState>({ ...st, connections: st.connections + 1, workers: [...st.workers] });
  const path = req.path.split('?')[0];
  if (isTutum(api)) {
    if (path === '/' || path === '/index.php') {
      const body = renderTutumPage(api.env);
      return respond(api, req, TUTUM_VERSION, 200, body, { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked' }, true);
    }
    const file = api.readFile(`/www${path}`);
    if (file === undefined) return notFound(api, req, TUTUM_VERSION, '<body bgcolor="white">', `/www${path}`, true);
    return respond(api, req, TUTUM_VERSION, 200, file, { 'Content-Type': mimeType(path), 'Accept-Ranges': 'bytes' }, true);
  }
  return serveStatic(api, req, prof, path, st.connections + 1);
}

/** Whether the request's query string survives into a redirect (nginx appends `?args`). */
function queryOf(req: HttpRequest): string {
  const i = req.path.indexOf('?');
  return i < 0 ? '' : req.path.slice(i);
}

type NginxProfile = (typeof programOutputs)['current']['nginx'];

/** The static module over /usr/share/nginx/html: index.html for directories, 301 to add a slash, 403 without an index. */
function serveStatic(api: ProgramApi, req: HttpRequest, prof: NginxProfile, rawPath: string, conn: number): HttpResponse {
  let path = rawPath;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    // nginx keeps an undecodable %-sequence as typed.
  }
  const host = getHeader(req, 'Host');
  const logError = (msg: string) => {
    const workers = api.getState<NginxState>()?.workers ?? [7];
    errorLog(api, workers[0], 'error', `*${conn} ${msg}, client: ${req.remoteAddr}, server: localhost, request: "${req.method} ${req.path} HTTP/1.1"${host ? `, host: "${host}"` : ''}`);
  };
  const errorPage = (status: number) => respond(api, req, prof.version, status, nginxErrorPage(status, prof.version, prof.errorBodyTag), { 'Content-Type': 'text/html' }, false);
  const target = `${ROOT}${path}`;
  const kind = api.stat?.(target)?.type ?? (api.isDir?.(target) ? 'd' : api.readFile(target) !== undefined ? 'f' : undefined);
  if (!path.endsWith('/') && kind === 'd') {
    // absolute_redirect: the Host header's name, and nginx's own port (80), not the published one.
    const name = (host ?? 'localhost').replace(/:\d+$/, '');
    const location = `http://${name}${path}/${queryOf(req)}`;
    return respond(api, req, prof.version, 301, nginxErrorPage(301, prof.version, prof.errorBodyTag), { 'Content-Type': 'text/html', Location: location }, false);
  }
  if (path.endsWith('/')) {
    const index = `${target}index.html`;
    if (api.readFile(index) === undefined && !(index === `${ROOT}/index.html` && api.readFile(`${ROOT}/50x.html`) === undefined)) {
      if (kind === 'd') {
        logError(`directory index of "${target}" is forbidden`);
        return errorPage(403);
      }
      logError(`"${index}" is not found (2: No such file or directory)`);
      return errorPage(404);
    }
  }
  const filePath = path.endsWith('/') ? `${target}index.html` : target;
  // The image's own index.html (1.13 had no color-scheme line), also when only its record is missing.
  const packaged = nginxIndexHtml(api.profile !== 'classic');
  let body = api.readFile(filePath);
  if (body === undefined && filePath === `${ROOT}/index.html` && api.readFile(`${ROOT}/50x.html`) === undefined) body = packaged;
  if (body === undefined) return notFound(api, req, prof.version, prof.errorBodyTag, filePath, false);
  const mtime = body === packaged ? prof.pageMtime : (api.stat?.(filePath)?.mtime ?? (api.container.state.startedAt || api.now));
  return respond(
    api,
    req,
    prof.version,
    200,
    body,
    { 'Content-Type': nginxMimeType(prof.version, filePath), 'Last-Modified': httpDate(mtime), ETag: etag(mtime, utf8Length(body)), 'Accept-Ranges': 'bytes' },
    false,
  );
}

const SIGNAL_NUMBERS: Partial<Record<Signal, number>> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGTERM: 15 };

function shutdown(api: ProgramApi, sig: Signal): void {
  const prof = programOutputs[api.profile].nginx;
  const st = api.getState<NginxState>() ?? { connections: 0, workers: [] };
  if (prof.notices && !isTutum(api)) {
    const graceful = sig === 'SIGQUIT';
    errorLog(api, 1, 'notice', `signal ${SIGNAL_NUMBERS[sig]} (${sig}) received, ${graceful ? 'shutting down' : 'exiting'}`);
    for (const w of st.workers) {
      if (graceful) errorLog(api, w, 'notice', 'gracefully shutting down');
      errorLog(api, w, 'notice', 'exiting');
      errorLog(api, w, 'notice', 'exit');
    }
    for (const w of st.workers) {
      errorLog(api, 1, 'notice', `signal 17 (SIGCHLD) received from ${w}`);
      errorLog(api, 1, 'notice', `worker process ${w} exited with code 0`);
    }
    errorLog(api, 1, 'notice', 'exit');
  }
  api.exit(0);
}

export const nginx: ProgramDef = {
  name: 'nginx',
  start(api) {
    const prof = programOutputs[api.profile].nginx;
    const tutum = isTutum(api);
    // Workers are forked after the entrypoint's helper processes have used up the low pids.
    const workers = prof.entrypoint && !tutum ? [29, 30] : [7];
    api.setState<NginxState>({ connections: 0, workers });
    api.listen(80);
    if (!prof.notices || tutum) return;
    for (const line of [
      'using the "epoll" event method',
      `nginx/${prof.version}`,
      prof.builtBy,
      `OS: Linux ${api.kernelRelease}`,
      'getrlimit(RLIMIT_NOFILE): 1048576:1048576',
      'start worker processes',
      ...workers.map((w) => `start worker process ${w}`),
    ]) {
      errorLog(api, 1, 'notice', line);
    }
  },
  signal(api, sig) {
    if (sig === 'SIGTERM' || sig === 'SIGINT' || sig === 'SIGQUIT') shutdown(api, sig);
  },
  http: serve,
};
