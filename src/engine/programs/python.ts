// python / python3 as a container's process. The REPL without a terminal reads a closed stdin and
// exits 0; `python app.py` with a Flask app prints the development server's banner, listens and
// answers the routes it can read (programs/flaskApp.ts), logging werkzeug's request lines.
import { programOutputs } from '../profile/programOutput';
import { basename } from './delegate';
import { parseFlaskApp, renderView, type FlaskApp } from './flaskApp';
import { resolveAndReach } from './netProbe';
import type { HttpRequest, HttpResponse, ProgramApi, ProgramDef } from './programTypes';
import { httpDate, werkzeugTime } from './timeFormats';

interface FlaskState {
  app: FlaskApp;
  visits: number;
}

const NOT_FOUND_CLASSIC = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
<title>404 Not Found</title>
<h1>Not Found</h1>
<p>The requested URL was not found on the server.  If you entered the URL manually please check your spelling and try again.</p>
`;

const NOT_FOUND_CURRENT = `<!doctype html>
<html lang=en>
<title>404 Not Found</title>
<h1>Not Found</h1>
<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>
`;

const RED_BOLD = (s: string) => `\u001b[1m\u001b[31m${s}\u001b[0m`;
const YELLOW = (s: string) => `\u001b[33m${s}\u001b[0m`;

function containerIp(api: ProgramApi): string {
  return Object.values(api.container.networks).find((e) => e.ip)?.ip ?? '127.0.0.1';
}

function banner(api: ProgramApi, app: FlaskApp, script: string): void {
  const modern = programOutputs[api.profile].flask.modern;
  if (!modern) {
    api.err(` * Running on http://${app.host}:${app.port}/ (Press CTRL+C to quit)\n`);
    return;
  }
  api.out(` * Serving Flask app '${script.replace(/\.py$/, '').replace(/^.*\//, '')}'\n * Debug mode: off\n`);
  const lines = [RED_BOLD('WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.')];
  if (app.host === '0.0.0.0') {
    lines.push(' * Running on all addresses (0.0.0.0)', ` * Running on http://127.0.0.1:${app.port}`, ` * Running on http://${containerIp(api)}:${app.port}`);
  } else {
    lines.push(` * Running on http://${app.host}:${app.port}`);
  }
  lines.push(YELLOW('Press CTRL+C to quit'));
  api.err(`${lines.join('\n')}\n`);
}

function resolvePath(api: ProgramApi, file: string): string {
  if (file.startsWith('/')) return file;
  const cwd = api.container.config.workingDir || '/';
  return `${cwd.replace(/\/$/, '')}/${file}`;
}

function redisVisits(api: ProgramApi, st: FlaskState): string {
  const probe = resolveAndReach(api.world, api.host, api.container.id, 'redis');
  if (!probe.ok || !probe.reachable) return '<i>cannot connect to Redis, counter disabled</i>';
  st.visits += 1;
  return String(st.visits);
}

function answer(api: ProgramApi, req: HttpRequest): HttpResponse {
  const prev = api.getState<FlaskState>();
  if (!prev) return { status: 502, statusText: 'Bad Gateway', headers: {}, body: '' };
  const st: FlaskState = { app: prev.app, visits: prev.visits };
  const modern = programOutputs[api.profile].flask.modern;
  const path = req.path.split('?')[0];
  const route = st.app.routes.find((r) => r.path === path);
  const visits = route && st.app.usesRedis ? redisVisits(api, st) : '';
  api.setState(st);
  const hostname = api.env.HOSTNAME ?? api.container.config.hostname;
  const body = route ? (renderView(route, { env: api.env, hostname, visits }) ?? '') : modern ? NOT_FOUND_CURRENT : NOT_FOUND_CLASSIC;
  const status = route ? 200 : 404;
  const request = `"${req.method} ${req.path} HTTP/1.1" ${status} -`;
  api.err(`${req.remoteAddr} - - [${werkzeugTime(api.now)}] ${modern && status === 404 ? YELLOW(request) : request}\n`);
  const server = modern ? 'Werkzeug/3.1.3 Python/3.14.2' : 'Werkzeug/0.14.1 Python/3.6.4';
  const headers: Record<string, string> = modern
    ? { Server: server, Date: httpDate(api.now), 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(body.length), Connection: 'close' }
    : { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(body.length), Server: server, Date: httpDate(api.now) };
  return { status, statusText: status === 200 ? 'OK' : 'NOT FOUND', headers, body: req.method === 'HEAD' ? '' : body };
}

/** An interpreter without a script is its REPL: it lives while a terminal or an open stdin can feed it. */
function startRepl(api: ProgramApi): void {
  const keeps = api.process.nsPid !== 1 || api.container.config.tty || api.container.config.openStdin;
  if (!keeps) api.exit(0);
}

function startPython(api: ProgramApi): void {
  const me = basename(api.argv[0] ?? 'python3');
  const args = api.argv.slice(1).filter((a) => a !== '-u' && a !== '-B');
  if (args[0] === '-c') {
    for (const m of (args[1] ?? '').matchAll(/print\(\s*(['"])(.*?)\1\s*\)/g)) api.out(`${m[2]}\n`);
    api.exit(0);
    return;
  }
  const script = args.find((a) => !a.startsWith('-'));
  if (script === undefined) return startRepl(api);
  const path = resolvePath(api, script);
  const source = api.readFile(path);
  if (source === undefined) {
    const shown = programOutputs[api.profile].python.absolutePathInErrors ? path : script;
    api.err(`${me}: can't open file '${shown}': [Errno 2] No such file or directory\n`);
    api.exit(2);
    return;
  }
  const app = parseFlaskApp(source);
  if (!app) {
    for (const m of source.matchAll(/^print\(\s*(['"])(.*?)\1\s*\)/gm)) api.out(`${m[2]}\n`);
    api.exit(0);
    return;
  }
  api.setState<FlaskState>({ app, visits: 0 });
  banner(api, app, script);
  api.listen(app.port);
}

export const python: ProgramDef = {
  name: 'python3',
  start: startPython,
  http: answer,
  interactive: 'python3',
  signal(api, sig) {
    // The REPL ignores SIGTERM as PID 1; the Flask server's KeyboardInterrupt ends it on Ctrl-C.
    if (sig === 'SIGINT' && api.getState<FlaskState>()) api.exit(0);
  },
};

export const node: ProgramDef = {
  name: 'node',
  interactive: 'node',
  start(api) {
    const script = api.argv.slice(1).find((a) => !a.startsWith('-'));
    if (script === undefined) return startRepl(api);
    const path = resolvePath(api, script);
    const source = api.readFile(path);
    if (source === undefined) {
      api.err(
        `node:internal/modules/cjs/loader:1386\n  throw err;\n  ^\n\nError: Cannot find module '${path}'\n    at Function._resolveFilename (node:internal/modules/cjs/loader:1383:15)\n    at Function._load (node:internal/modules/cjs/loader:1192:37)\n    at TracingChannel.traceSync (node:diagnostics_channel:328:14)\n    at wrapModuleLoad (node:internal/modules/cjs/loader:237:24)\n    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:171:5)\n    at node:internal/main/run_main_module:36:49 {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nNode.js v24.11.1\n`,
      );
      api.exit(1);
      return;
    }
    const port = /\.listen\(\s*(\d+)/.exec(source);
    if (port) api.listen(Number(port[1]));
    else api.exit(0);
  },
};
