// A request to a Node server: the module runs again (quietly) up to listen(), the globals saved
// after the last request come back, and Express's router (routes in order, `/:param`, HEAD
// through GET, middleware with next(), finalhandler's 404) or the http.createServer handler
// answers. The response carries Node's headers in Node's order.
import { JsUnsupported, type Loc } from './jsAst';
import { Interp } from './jsInterp';
import { HostFunc, isObject, toNum, toStr, type JsObject, type Value } from './jsValues';
import { failureText, runNodeModule, saveGlobals, unsupportedMessage, type NodeContext, type SavedGlobals } from './loadNodeProgram';
import { expressBody, ResponseState, type ExpressFlavour } from './nodeResponse';
import type { OutputChunk, Route } from './nodeRuntime';

export interface NodeRequest {
  method: string;
  /** Path with the query string. */
  path: string;
  headers: Record<string, string>;
  remoteAddr: string;
}

export interface NodeAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  output: OutputChunk[];
  saved: SavedGlobals;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** path-to-regexp as Express uses it: `:name` is one segment, a trailing slash is optional, case does not matter. */
function matchRoute(pattern: string, path: string, prefix: boolean): Record<string, string> | undefined {
  const names: string[] = [];
  const body = pattern
    .replace(/\/$/, '')
    .split('/')
    .map((seg) => seg.replace(/:(\w+)|\*|[^:*]+/g, (m, name: string | undefined) => {
      if (name) {
        names.push(name);
        return '([^/]+?)';
      }
      if (m === '*') {
        names.push('0');
        return '(.*)';
      }
      return escapeRe(m);
    }))
    .join('/');
  const re = new RegExp(`^${body}${prefix ? '(?:/|$)' : '/?$'}`, 'i');
  const m = re.exec(path);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1])));
  return params;
}

function parseQuery(qs: string): JsObject {
  const q: JsObject = {};
  for (const part of qs.split('&')) {
    if (!part) continue;
    const [k, v = ''] = part.split('=');
    q[decodeURIComponent(k.replace(/\+/g, ' '))] = decodeURIComponent(v.replace(/\+/g, ' '));
  }
  return q;
}

function requestObject(req: NodeRequest, pathname: string, query: string): JsObject {
  const headers: JsObject = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = v;
  return { method: req.method, url: req.path, path: pathname, originalUrl: req.path, query: parseQuery(query), params: {}, headers, ip: `::ffff:${req.remoteAddr}`, hostname: toStr(headers.host ?? '').split(':')[0] };
}

function runExpress(interp: Interp, routes: Route[], req: NodeRequest, res: ResponseState, flavour: ExpressFlavour, loc: Loc): void {
  const [pathname, query = ''] = req.path.split('?');
  const jsReq = requestObject(req, pathname, query);
  const jsRes = res.expressObject();
  res.setHeader('X-Powered-By', 'Express');
  const steps: { handler: Value; params: Record<string, string> }[] = [];
  for (const r of routes) {
    const methodOk = r.method === 'USE' || r.method === 'ALL' || r.method === req.method || (r.method === 'GET' && req.method === 'HEAD');
    if (!methodOk) continue;
    const params = matchRoute(r.path, pathname, r.method === 'USE');
    if (params) for (const h of r.handlers) steps.push({ handler: h, params });
  }
  let i = 0;
  const next: HostFunc = new HostFunc('next', (args) => {
    if (args[0] !== undefined && args[0] !== 'route') throw new JsUnsupported('next(err) error handlers', loc.line);
    step();
    return undefined;
  });
  const step = (): void => {
    if (res.finished) return;
    const s = steps[i++];
    if (!s) {
      const body = expressBody.notFound(req.method, pathname);
      res.replaceHeaders([['X-Powered-By', 'Express'], ['Content-Security-Policy', flavour.csp], ['X-Content-Type-Options', 'nosniff']]);
      res.send(404, body, 'text/html; charset=utf-8', false);
      return;
    }
    if (isObject(jsReq.params)) for (const [k, v] of Object.entries(s.params)) jsReq.params[k] = v;
    interp.call(s.handler, [jsReq, jsRes, next], loc, 'handler');
  };
  step();
}

function runHttp(interp: Interp, handler: Value, req: NodeRequest, res: ResponseState, loc: Loc): void {
  const headers: JsObject = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = v;
  interp.call(handler, [{ method: req.method, url: req.path, headers }, res.httpObject()], loc, 'handler');
}

export function answerNode(ctx: NodeContext, saved: SavedGlobals, req: NodeRequest, expressVersion: string): NodeAnswer | undefined {
  const loaded = runNodeModule(ctx, saved);
  const { interp, result } = loaded;
  if (result.kind !== 'server') return undefined;
  const output: OutputChunk[] = [];
  const res = new ResponseState(ctx.version.major, toNum(ctx.now));
  const before = loaded.runtime.output.length;
  const loc = { line: 1, col: 1 };
  try {
    if (result.server.kind === 'express') {
      const major = Number(expressVersion.split('.')[0]);
      runExpress(interp, result.server.routes, req, res, { major, csp: major >= 5 ? "default-src 'none'" : "default-src 'self'" }, loc);
    } else runHttp(interp, result.server.handler, req, res, loc);
  } catch (e) {
    // Express turns a handler's exception into a 500 page with the stack; we do not model its frames.
    const text = e instanceof JsUnsupported ? unsupportedMessage(e) : failureText(ctx, e) !== undefined ? unsupportedMessage(new JsUnsupported('errors thrown while answering a request', ctx.source.split('\n').length)) : undefined;
    if (text === undefined) throw e;
    output.push({ stream: 'stderr', text });
    return { status: 500, headers: {}, body: '', output: [...loaded.runtime.output.slice(before), ...output], saved };
  }
  output.push(...loaded.runtime.output.slice(before));
  if (!res.finished) return { status: 0, headers: {}, body: '', output, saved: saveGlobals(interp) };
  const out = res.finish(req.method === 'HEAD');
  return { ...out, output, saved: saveGlobals(interp) };
}
