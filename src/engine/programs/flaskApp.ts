// The Flask development server around the Python model: start-up lines per Flask/Werkzeug
// version, the werkzeug request log (coloured since Werkzeug 2, plain in 0.14 without termcolor),
// and turning the model's answer into an HTTP response with the dev server's headers.
import { dispatchFlask } from '../python/flaskDispatch';
import type { PythonContext, SavedGlobals } from '../python/loadPythonProgram';
import type { RunArgs } from '../python/pyFlask';
import type { OutputChunk } from '../python/pyInterpreter';
import { utf8Length } from './nginxPages';
import type { HttpRequest, HttpResponse, ProgramApi } from './programTypes';
import { httpDate, werkzeugTime } from './timeFormats';

const style = (codes: number[], s: string) => `${codes.map((c) => `\u001b[${c}m`).join('')}${s}\u001b[0m`;

export interface FlaskServerState {
  run: RunArgs;
  appName: string;
  saved: SavedGlobals;
  werkzeug: string;
}

function containerIp(api: ProgramApi): string {
  return Object.values(api.container.networks).find((e) => e.ip)?.ip ?? '127.0.0.1';
}

function debuggerPin(api: ProgramApi): string {
  const part = () => String(api.random(1000)).padStart(3, '0');
  return `${part()}-${part()}-${part()}`;
}

/** What app.run() prints: [stdout lines (flushed by click.echo), stderr lines]. */
export function flaskBanner(api: ProgramApi, modern: boolean, run: RunArgs, appName: string): { out: string; err: string } {
  const debugLines = run.debug ? [' * Restarting with stat', ' * Debugger is active!', ` * Debugger PIN: ${debuggerPin(api)}`] : [];
  if (!modern) {
    const host = run.host === '' || run.host === '*' ? 'localhost' : run.host;
    return { out: '', err: [` * Running on http://${host}:${run.port}/ (Press CTRL+C to quit)`, ...debugLines].map((l) => `${l}\n`).join('') };
  }
  const lines = [style([31, 1], 'WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.')];
  if (run.host === '0.0.0.0') lines.push(' * Running on all addresses (0.0.0.0)', ` * Running on http://127.0.0.1:${run.port}`, ` * Running on http://${containerIp(api)}:${run.port}`);
  else lines.push(` * Running on http://${run.host}:${run.port}`);
  lines.push(style([33], 'Press CTRL+C to quit'), ...debugLines);
  return { out: ` * Serving Flask app '${appName}'\n * Debug mode: ${run.debug ? 'on' : 'off'}\n`, err: lines.map((l) => `${l}\n`).join('') };
}

function requestLine(modern: boolean, req: HttpRequest, status: number): string {
  const msg = `${req.method} ${req.path} HTTP/1.1`;
  if (!modern || status === 200) return `"${msg}"`;
  const code = String(status);
  const colored =
    code[0] === '1' ? style([1], msg) : code === '304' ? style([36], msg) : code[0] === '3' ? style([32], msg) : code === '404' ? style([33], msg) : code[0] === '4' ? style([31, 1], msg) : style([35, 1], msg);
  return `"${colored}"`;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host.startsWith('127.');
}

/** Answer one request; stdout of the view goes through `emit` (the caller's buffering). */
export function answerFlask(api: ProgramApi, ctx: PythonContext, st: FlaskServerState, req: HttpRequest, emit: (chunks: OutputChunk[]) => void): { response?: HttpResponse; saved: SavedGlobals } {
  // A server bound to loopback does not accept what comes through the container's interface.
  if (isLoopback(st.run.host) && req.remoteAddr !== '127.0.0.1') return { saved: st.saved };
  const [path, query = ''] = req.path.split(/\?(.*)/s);
  const result = dispatchFlask(ctx, { method: req.method, path, query, headers: req.headers, remoteAddr: req.remoteAddr }, st.saved, api.now);
  emit(result.output);
  if (result.errorLog) api.err(result.errorLog);
  const { response: r } = result;
  api.err(`${req.remoteAddr} - - [${werkzeugTime(api.now)}] ${requestLine(ctx.flaskModern, req, r.status)} ${r.status} -\n`);
  const length = String(utf8Length(r.body));
  const server = `Werkzeug/${st.werkzeug} Python/${ctx.version.full}`;
  const { 'Content-Type': type, Allow: allow, Location: location, ...rest } = r.headers;
  const headers: Record<string, string> = ctx.flaskModern ? { Server: server, Date: httpDate(api.now) } : {};
  headers['Content-Type'] = type;
  if (allow) headers.Allow = allow;
  headers['Content-Length'] = length;
  if (location) headers.Location = location;
  Object.assign(headers, rest);
  if (ctx.flaskModern) headers.Connection = 'close';
  else Object.assign(headers, { Server: server, Date: httpDate(api.now) });
  return { response: { status: r.status, statusText: r.reason, headers, body: req.method === 'HEAD' ? '' : r.body }, saved: result.saved };
}
