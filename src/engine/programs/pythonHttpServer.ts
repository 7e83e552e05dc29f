// `python -m http.server [PORT] [-b ADDR] [-d DIR]`: CPython's SimpleHTTPRequestHandler serving a
// directory. The start-up line is a print(), so without a terminal (or -u / PYTHONUNBUFFERED) it
// waits in stdout's buffer and `docker logs` shows only the request log, which goes to stderr;
// Ctrl-C's KeyboardInterrupt prints the goodbye and flushes both lines. Since 3.8 the default
// bind is the dual-stack `::`, so IPv4 clients are logged as ::ffff:a.b.c.d.
import { pyVersion } from '../python/pyVersion';
import type { HttpRequest, HttpResponse, ProgramApi, Signal } from './programTypes';
import { httpDate, werkzeugTime } from './timeFormats';
import { utf8Length } from './nginxPages';
import { directoryListing, errorPage, guessType } from './pythonHttpPages';

interface HttpServerState {
  kind: 'http.server';
  version: string;
  dir: string;
  dualStack: boolean;
  unbuffered: boolean;
  /** stdout printed but not yet flushed. */
  buffered: string;
}

export function isHttpServer(api: ProgramApi): boolean {
  return api.getState<HttpServerState>()?.kind === 'http.server';
}

function parseArgs(args: string[]): { port: number; bind?: string; dir?: string } {
  let port = 8000;
  let bind: string | undefined;
  let dir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-b' || a === '--bind') bind = args[++i];
    else if (a.startsWith('--bind=')) bind = a.slice(7);
    else if (a === '-d' || a === '--directory') dir = args[++i];
    else if (a.startsWith('--directory=')) dir = a.slice(12);
    else if (/^\d+$/.test(a)) port = Number(a);
  }
  return { port, bind, dir };
}

export function startHttpServer(api: ProgramApi, args: string[], version: string): void {
  const { port, bind, dir } = parseArgs(args);
  const v = pyVersion(version, version);
  const cwd = api.container.config.workingDir || '/';
  const root = dir ? (dir.startsWith('/') ? dir : `${cwd.replace(/\/$/, '')}/${dir}`) : cwd;
  const dualStack = v.minor >= 8 && bind === undefined;
  const host = bind ?? (dualStack ? '::' : '0.0.0.0');
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const st: HttpServerState = {
    kind: 'http.server',
    version,
    dir: root,
    dualStack,
    unbuffered: api.argv.includes('-u') || (api.env.PYTHONUNBUFFERED ?? '') !== '' || api.container.config.tty,
    buffered: '',
  };
  print(api, st, `Serving HTTP on ${host} port ${port} (http://${urlHost}:${port}/) ...\n`);
  api.setState(st);
  api.listen(port);
}

function print(api: ProgramApi, st: HttpServerState, text: string): void {
  st.buffered += text;
  if (st.unbuffered) flush(api, st);
}

function flush(api: ProgramApi, st: HttpServerState): void {
  if (st.buffered) api.out(st.buffered);
  st.buffered = '';
}

function join(dir: string, rel: string): string {
  return `${dir.replace(/\/$/, '')}/${rel}`.replace(/\/+/g, '/');
}

/** translate_path: the query and fragment go, %xx decode, `..` cannot climb above the directory. */
function translate(dir: string, path: string): string {
  const clean = path.split('?')[0].split('#')[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(clean);
  } catch {
    decoded = clean;
  }
  const parts: string[] = [];
  for (const w of decoded.split('/')) {
    if (w === '' || w === '.') continue;
    if (w === '..') parts.pop();
    else parts.push(w);
  }
  return join(dir, parts.join('/')) + (clean.endsWith('/') && parts.length > 0 ? '/' : '');
}

function logLine(api: ProgramApi, st: HttpServerState, req: HttpRequest, text: string): void {
  const addr = st.dualStack && !req.remoteAddr.includes(':') ? `::ffff:${req.remoteAddr}` : req.remoteAddr;
  api.err(`${addr} - - [${werkzeugTime(api.now)}] ${text}\n`);
}

function answer(api: ProgramApi, req: HttpRequest): HttpResponse | undefined {
  const st = api.getState<HttpServerState>();
  if (!st) return undefined;
  const v = pyVersion(st.version, st.version);
  const base = { Server: `SimpleHTTP/0.6 Python/${st.version}`, Date: httpDate(api.now) };
  const requestLine = `"${req.method} ${req.path} HTTP/1.1"`;
  const fail = (code: number, reason: string, message: string, explain: string): HttpResponse => {
    logLine(api, st, req, `code ${code}, message ${message}`);
    logLine(api, st, req, `${requestLine} ${code} -`);
    const body = errorPage(v.minor, code, message, explain);
    return { status: code, statusText: reason, headers: { ...base, Connection: 'close', 'Content-Type': 'text/html;charset=utf-8', 'Content-Length': String(utf8Length(body)) }, body: req.method === 'HEAD' ? '' : body };
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return fail(501, 'Unsupported method', `Unsupported method ('${req.method}')`, 'Server does not support this operation');
  }
  const fsPath = translate(st.dir, req.path);
  const urlPath = req.path.split('?')[0].split('#')[0];
  if (api.isDir?.(fsPath.replace(/\/$/, '') || '/')) {
    if (!urlPath.endsWith('/')) {
      logLine(api, st, req, `${requestLine} 301 -`);
      return { status: 301, statusText: 'Moved Permanently', headers: { ...base, Location: `${urlPath}/`, 'Content-Length': '0' }, body: '' };
    }
    for (const index of ['index.html', 'index.htm']) {
      const text = api.readFile(join(fsPath, index));
      if (text !== undefined) return serveFile(api, st, req, base, requestLine, join(fsPath, index), text);
    }
    const entries = api.listDir?.(fsPath) ?? [];
    const body = directoryListing(v.minor, req.path, entries);
    logLine(api, st, req, `${requestLine} 200 -`);
    return { status: 200, statusText: 'OK', headers: { ...base, 'Content-type': 'text/html; charset=utf-8', 'Content-Length': String(utf8Length(body)) }, body: req.method === 'HEAD' ? '' : body };
  }
  const text = fsPath.endsWith('/') ? undefined : api.readFile(fsPath);
  if (text === undefined) return fail(404, 'File not found', 'File not found', 'Nothing matches the given URI');
  return serveFile(api, st, req, base, requestLine, fsPath, text);
}

function serveFile(api: ProgramApi, st: HttpServerState, req: HttpRequest, base: Record<string, string>, requestLine: string, name: string, text: string): HttpResponse {
  const v = pyVersion(st.version, st.version);
  logLine(api, st, req, `${requestLine} 200 -`);
  const slash = name.lastIndexOf('/');
  const entry = slash >= 0 ? api.listDir?.(name.slice(0, slash) || '/')?.find((e) => e.name === name.slice(slash + 1)) : undefined;
  const headers = { ...base, 'Content-type': guessType(name, v.minor), 'Content-Length': String(utf8Length(text)), 'Last-Modified': httpDate(entry?.mtime ?? 0) };
  return { status: 200, statusText: 'OK', headers, body: req.method === 'HEAD' ? '' : text };
}

function signal(api: ProgramApi, sig: Signal): void {
  const st = api.getState<HttpServerState>();
  if (!st) return;
  if (sig === 'SIGINT') {
    // KeyboardInterrupt out of serve_forever(): the goodbye, then sys.exit(0) flushes stdout.
    print(api, st, '\nKeyboard interrupt received, exiting.\n');
    flush(api, st);
    api.setState(st);
    api.exit(0);
  } else if (api.process.nsPid !== 1 && (sig === 'SIGTERM' || sig === 'SIGHUP')) {
    api.exit(sig === 'SIGTERM' ? 143 : 129);
  }
}

export const httpServerHooks = { http: answer, signal };

