// One request to a loaded Flask app: werkzeug's routing (converters, strict slashes, 405 with
// Allow), the view call, turning its return value into a response, and the error pages and
// logged tracebacks of Flask 0.12 / Werkzeug 0.14 (classic) and Flask 3 / Werkzeug 3 (current).
import { formatFrame, formatTraceback, PyException, type TraceFrame } from './pyErrors';
import { jsonResponse, type FlaskRoute, type RequestData } from './pyFlask';
import type { Interp, OutputChunk } from './pyInterpreter';
import { restoreGlobals, runModule, saveGlobals, type PythonContext, type SavedGlobals } from './loadPythonProgram';
import { int, str, type PyVal } from './pyValues';

export interface FlaskResponse {
  status: number;
  reason: string;
  headers: Record<string, string>;
  body: string;
}

export interface DispatchResult {
  response: FlaskResponse;
  /** What the app printed while answering (stdout, buffered by the caller) and logged (stderr). */
  output: OutputChunk[];
  /** Flask's "ERROR in app" block with the traceback, when the view raised. */
  errorLog?: string;
  saved: SavedGlobals;
}

const REASONS: Record<number, string> = { 200: 'OK', 201: 'CREATED', 202: 'ACCEPTED', 204: 'NO CONTENT', 301: 'MOVED PERMANENTLY', 302: 'FOUND', 308: 'PERMANENT REDIRECT', 400: 'BAD REQUEST', 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT FOUND', 405: 'METHOD NOT ALLOWED', 500: 'INTERNAL SERVER ERROR' };
const TITLES: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 500: 'Internal Server Error' };

function description(code: number, modern: boolean): string {
  const gap = modern ? ' ' : '  ';
  switch (code) {
    case 400:
      return 'The browser (or proxy) sent a request that this server could not understand.';
    case 401:
      return "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required.";
    case 403:
      return `You don${modern ? '&#39;' : "'"}t have the permission to access the requested resource. It is either read-protected or not readable by the server.`;
    case 404:
      return `The requested URL was not found on the server.${gap}If you entered the URL manually please check your spelling and try again.`;
    case 405:
      return 'The method is not allowed for the requested URL.';
    default:
      return `The server encountered an internal error and was unable to complete your request.${gap}Either the server is overloaded or there is an error in the application.`;
  }
}

export function errorPage(code: number, modern: boolean): string {
  const head = modern ? '<!doctype html>\n<html lang=en>\n' : '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n';
  return `${head}<title>${code} ${TITLES[code]}</title>\n<h1>${TITLES[code]}</h1>\n<p>${description(code, modern)}</p>\n`;
}

function html(body: string, status: number, extra: Record<string, string> = {}, mimetype = 'text/html; charset=utf-8'): FlaskResponse {
  return { status, reason: REASONS[status] ?? '', headers: { 'Content-Type': mimetype, ...extra }, body };
}

function ruleRegex(rule: string): { re: RegExp; convs: { name: string; conv: string }[] } {
  const convs: { name: string; conv: string }[] = [];
  const src = rule.replace(/<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>|[.*+?^${}()|[\]\\]/g, (all, conv: string | undefined, name: string | undefined) => {
    if (!name) return `\\${all}`;
    convs.push({ name, conv: conv ?? 'string' });
    return conv === 'int' ? '(\\d+)' : conv === 'float' ? '(\\d+\\.\\d+)' : conv === 'path' ? '([^/].*?)' : '([^/]+)';
  });
  return { re: new RegExp(`^${src}$`), convs };
}

function matchRule(route: FlaskRoute, path: string): Record<string, PyVal> | undefined {
  const { re, convs } = ruleRegex(route.rule);
  const m = re.exec(path);
  if (!m) return undefined;
  const kwargs: Record<string, PyVal> = {};
  convs.forEach((c, i) => {
    const raw = decodeURIComponent(m[i + 1]);
    kwargs[c.name] = c.conv === 'int' ? int(Number(raw)) : c.conv === 'float' ? { t: 'float', v: Number(raw) } : str(raw);
  });
  return kwargs;
}

/** The frames of Flask's own code above the view, as each version's traceback shows them. */
function flaskFrames(ctx: PythonContext, kind: 'view' | 'make_response'): TraceFrame[] {
  const mm = `${ctx.version.full.split('.')[0]}.${ctx.version.minor}`;
  const file = (f: string) => `/usr/local/lib/python${mm}/site-packages/flask/${f}`;
  const frame = (f: string, line: number, name: string, text: string, col?: number, endCol?: number): TraceFrame => ({
    file: file(f),
    line,
    name,
    text,
    ...(col !== undefined ? { range: { line, col, endCol: endCol ?? text.length } } : {}),
  });
  if (!ctx.flaskModern) {
    const head = [frame('app.py', 1982, 'wsgi_app', '        response = self.full_dispatch_request()')];
    if (kind === 'make_response') return [...head, frame('app.py', 1615, 'full_dispatch_request', '        return self.finalize_request(rv)'), frame('app.py', 1630, 'finalize_request', '        response = self.make_response(rv)')];
    return [
      ...head,
      frame('app.py', 1614, 'full_dispatch_request', '            rv = self.handle_user_exception(e)'),
      frame('app.py', 1517, 'handle_user_exception', '            reraise(exc_type, exc_value, tb)'),
      frame('_compat.py', 33, 'reraise', '            raise value'),
      frame('app.py', 1612, 'full_dispatch_request', '            rv = self.dispatch_request()'),
      frame('app.py', 1598, 'dispatch_request', '        return self.view_functions[rule.endpoint](**req.view_args)'),
    ];
  }
  const head = [frame('app.py', 1511, 'wsgi_app', '                response = self.full_dispatch_request()', 27, 55)];
  if (kind === 'make_response') {
    return [...head, frame('app.py', 920, 'full_dispatch_request', '        return self.finalize_request(rv)', 15, 40), frame('app.py', 939, 'finalize_request', '        response = self.make_response(rv)', 19, 41), frame('app.py', 1212, 'make_response', '                raise TypeError(')];
  }
  return [
    ...head,
    frame('app.py', 919, 'full_dispatch_request', '            rv = self.handle_user_exception(e)', 17, 46),
    frame('app.py', 917, 'full_dispatch_request', '            rv = self.dispatch_request()', 17, 40),
    frame('app.py', 902, 'dispatch_request', '        return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)  # type: ignore[no-any-return]', 15, 81),
  ];
}

function logTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())},${p(d.getUTCMilliseconds(), 3)}`;
}

function toResponse(rv: PyVal, endpoint: string, ctx: PythonContext): FlaskResponse | { typeError: string } {
  let status = 200;
  let body = rv;
  if (rv.t === 'tuple' && rv.items.length >= 2) {
    body = rv.items[0];
    const s = rv.items[1];
    if (s.t === 'int') status = s.v;
  }
  if (body.t === 'str') return html(body.v, status);
  if (body.t === 'obj' && body.cls === 'Response') {
    const d = body.data as { body: string; status: number; mimetype: string; headers: Record<string, string> };
    return html(d.body, status === 200 ? d.status : status, d.headers, d.mimetype);
  }
  if (ctx.flaskModern && (body.t === 'dict' || body.t === 'list')) {
    const r = jsonResponse(body, true, { line: 0, col: 0, endCol: 0 });
    const d = (r as { data: { body: string } }).data;
    return html(d.body, status, {}, 'application/json');
  }
  if (body.t === 'none') {
    return { typeError: ctx.flaskModern ? `The view function for '${endpoint}' did not return a valid response. The function either returned None or ended without a return statement.` : 'View function did not return a response' };
  }
  const type = body.t === 'obj' ? body.cls : body.t;
  if (!ctx.flaskModern) return { typeError: `'${type}' object is not callable` };
  return { typeError: `The view function did not return a valid response. The return type must be a string, dict, list, tuple with headers or status, Response instance, or WSGI callable, but it was a ${type}.` };
}

/** Answer one request: the module is run again up to app.run(), its saved globals put back. */
export function dispatchFlask(ctx: PythonContext, req: RequestData, saved: SavedGlobals, now: number): DispatchResult {
  const quiet = { ...ctx };
  const loaded = runModule(quiet, { request: req });
  const { interp } = loaded;
  const finish = (response: FlaskResponse, errorLog?: string): DispatchResult => ({
    response,
    output: interp.output.slice(),
    ...(errorLog ? { errorLog } : {}),
    saved: saveGlobals(interp),
  });
  // The module's own prints already came out when the server started.
  interp.output.length = 0;
  if (loaded.result.kind !== 'flask') return finish(html(errorPage(500, ctx.flaskModern), 500));
  restoreGlobals(interp, saved);
  const modern = ctx.flaskModern;
  const routes = loaded.result.app.routes;
  let allowed: string[] = [];
  for (const route of routes) {
    const kwargs = matchRule(route, req.path);
    if (!kwargs) {
      if (route.rule.endsWith('/') && matchRule(route, `${req.path}/`)) {
        const host = req.headers.Host ?? 'localhost';
        const url = `http://${host}${req.path}/${req.query ? `?${req.query}` : ''}`;
        const code = modern ? 308 : 301;
        const bodyText = modern
          ? `<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n<p>You should be redirected automatically to the target URL: <a href="${url}">${url}</a>. If not, click the link.\n`
          : `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n<p>You should be redirected automatically to target URL: <a href="${url}">${url}</a>.  If not click the link.`;
        return finish(html(bodyText, code, { Location: url }));
      }
      continue;
    }
    const methods = [...route.methods, ...(route.methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'];
    if (!methods.includes(req.method)) {
      allowed = [...allowed, ...methods];
      continue;
    }
    return callView(ctx, interp, route, kwargs, req, now, finish);
  }
  if (allowed.length > 0) {
    const order = modern ? allowed : [...allowed].sort();
    return finish(html(errorPage(405, modern), 405, { Allow: [...new Set(order)].join(', ') }));
  }
  return finish(html(errorPage(404, modern), 404));
}

function callView(ctx: PythonContext, interp: Interp, route: FlaskRoute, kwargs: Record<string, PyVal>, req: RequestData, now: number, finish: (r: FlaskResponse, log?: string) => DispatchResult): DispatchResult {
  const modern = ctx.flaskModern;
  const header = `[${logTime(now)}] ERROR in app: Exception on ${req.path} [${req.method}]\n`;
  try {
    const rv = interp.call(route.view, [], kwargs, { line: 0, col: 0, endCol: 0 });
    const res = toResponse(rv, route.endpoint, ctx);
    if ('typeError' in res) {
      const frames = flaskFrames(ctx, 'make_response');
      const cls = modern || res.typeError.startsWith("'") ? 'TypeError' : 'ValueError';
      const log = `${header}Traceback (most recent call last):\n${frames.map((f) => formatFrame(f, ctx.version)).join('')}${cls}: ${res.typeError}\n`;
      return finish(html(errorPage(500, modern), 500), log);
    }
    return finish(res);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    if (e.exc.cls === 'HTTPException') {
      const code = e.exc.args[0];
      const n = code && code.t === 'int' && TITLES[code.v] ? code.v : 500;
      return finish(html(errorPage(n, modern), n));
    }
    if (e.exc.cls === 'BadRequestKeyError') return finish(html(errorPage(400, modern), 400));
    // The view's own frame: the call site is inside Flask, so the frame list starts at the view.
    return finish(html(errorPage(500, modern), 500), `${header}${formatTraceback(e, ctx.version, flaskFrames(ctx, 'view'))}`);
  }
}

