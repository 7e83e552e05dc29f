// The flask and redis packages as the model knows them: Flask(__name__), @app.route with
// methods and <converter:name> rules, app.run(host, port, debug), request, jsonify, abort; and a
// Redis client whose incr/get/set reach the `redis` container through the simulated network.
import { PyUnsupported } from './pyAst';
import { makeExc, PyException, raise, type Range } from './pyErrors';
import type { Interp } from './pyInterpreter';
import { jsonDumps } from './pyStdlib';
import { NONE, dictGet, int, makeDict, pyStr, str, truthy, type Builtin, type PyVal } from './pyValues';

export interface FlaskRoute {
  rule: string;
  methods: string[];
  endpoint: string;
  view: PyVal;
}

export interface FlaskAppData {
  /** Flask's app.name: the script's stem for Flask(__name__). */
  name: string;
  routes: FlaskRoute[];
}

export interface RunArgs {
  host: string;
  port: number;
  debug: boolean;
}

/** app.run() was reached: the module stops there and the server starts. */
export class FlaskRunSignal {
  constructor(
    readonly app: FlaskAppData,
    readonly args: RunArgs,
  ) {}
}

export interface RequestData {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  remoteAddr: string;
}

export interface RedisBackend {
  /** undefined when the server answers; else redis-py's ConnectionError text. */
  connectError(host: string, port: number): string | undefined;
  incr(key: string): number;
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export interface FlaskContext {
  scriptStem: string;
  /** 0.12 (classic images) or 3.x: decides jsonify's layout and what a view may return. */
  modern: boolean;
  request?: RequestData;
  redis: RedisBackend;
}

const fn = (name: string, call: Builtin): PyVal => ({ t: 'builtin', name, call });

export function makeResponse(body: string, status: number, mimetype: string, headers: Record<string, string> = {}): PyVal {
  return { t: 'obj', cls: 'Response', attrs: {}, data: { body, status, mimetype, headers } };
}

export function jsonResponse(v: PyVal, modern: boolean, at: Range): PyVal {
  // Flask 0.12 pretty-printed jsonify (JSONIFY_PRETTYPRINT_REGULAR); today's is compact. Both sort keys.
  const body = modern ? jsonDumps(v, { compact: true, sortKeys: true, at }) : jsonDumps(v, { indent: 2, sortKeys: true, spaced: true, at });
  return makeResponse(`${body}\n`, 200, 'application/json');
}

function query(q: string): [string, string][] {
  return q
    .split('&')
    .filter((p) => p !== '')
    .map((p) => {
      const [k, ...v] = p.split('=');
      const dec = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
      return [dec(k), dec(v.join('='))];
    });
}

function multiDict(entries: [string, string][], cls: string): PyVal {
  const d = makeDict(entries.map(([k, v]) => [k, str(v)]));
  return {
    t: 'obj',
    cls,
    attrs: { get: fn('get', ([k, dflt]) => (k && d.t === 'dict' ? (dictGet(d, k) ?? dflt ?? NONE) : NONE)) },
    data: {
      getitem(k: PyVal, at: Range): PyVal {
        const v = d.t === 'dict' ? dictGet(d, k) : undefined;
        if (v) return v;
        throw new PyException({ ...makeExc('BadRequestKeyError', pyStr(k), 'werkzeug.exceptions'), bases: ['HTTPException', 'KeyError', 'LookupError', 'Exception', 'BaseException'], args: [k] }, at);
      },
    },
  };
}

function requestObject(ctx: FlaskContext, line: number): PyVal {
  const attrs: Record<string, PyVal> = {};
  const r = (): RequestData => {
    if (!ctx.request) throw new PyException(makeExc('RuntimeError', 'Working outside of request context.'));
    return ctx.request;
  };
  return {
    t: 'obj',
    cls: 'Request',
    attrs: new Proxy(attrs, {
      get(_t, key: string) {
        const req = r();
        switch (key) {
          case 'method':
            return str(req.method);
          case 'path':
            return str(req.path);
          case 'args':
            return multiDict(query(req.query), 'ImmutableMultiDict');
          case 'headers':
            return multiDict(Object.entries(req.headers), 'EnvironHeaders');
          case 'remote_addr':
            return str(req.remoteAddr);
          case 'form':
            return multiDict([], 'ImmutableMultiDict');
        }
        throw new PyUnsupported(`'request.${key}'`, line);
      },
    }),
  };
}

function routeDecorator(app: FlaskAppData, args: PyVal[], kwargs: Record<string, PyVal>, at: Range): PyVal {
  const rule = args[0];
  if (!rule || rule.t !== 'str') return raise('TypeError', "route() missing 1 required positional argument: 'rule'", at);
  const methodsV = kwargs.methods;
  const methods = methodsV && (methodsV.t === 'list' || methodsV.t === 'tuple') ? methodsV.items.map((m) => pyStr(m).toUpperCase()) : ['GET'];
  return fn('decorator', ([view]) => {
    const endpoint = view && view.t === 'func' ? view.def.name : 'view';
    if (app.routes.some((r) => r.endpoint === endpoint && r.view !== view)) {
      raise('AssertionError', `View function mapping is overwriting an existing endpoint function: ${endpoint}`, at);
    }
    app.routes.push({ rule: rule.v, methods, endpoint, view: view ?? NONE });
    return view ?? NONE;
  });
}

function flaskClass(ctx: FlaskContext): PyVal {
  return {
    t: 'class',
    name: 'Flask',
    module: 'flask.app',
    bases: [],
    call: ([importName]) => {
      const name = importName && importName.t === 'str' && importName.v !== '__main__' ? importName.v : ctx.scriptStem;
      const app: FlaskAppData = { name, routes: [] };
      const self: PyVal = {
        t: 'obj',
        cls: 'Flask',
        data: app,
        attrs: {
          name: str(name),
          config: makeDict([]),
          route: fn('route', (args, kwargs, at) => routeDecorator(app, args, kwargs, at)),
          run: fn('run', (args, kw) => {
            const host = kw.host ?? args[0];
            const port = kw.port ?? args[1];
            const debug = kw.debug ?? args[2];
            throw new FlaskRunSignal(app, {
              host: host && host.t === 'str' ? host.v : '127.0.0.1',
              port: port && port.t === 'int' ? port.v : 5000,
              debug: debug ? truthy(debug) : false,
            });
          }),
        },
      };
      return self;
    },
  };
}

export function flaskModule(ip: () => Interp, ctx: FlaskContext, line: number): PyVal {
  const unsupported = (name: string) => fn(name, (_a, _k, at) => {
    throw new PyUnsupported(`flask's ${name}()`, at.line);
  });
  return {
    t: 'module',
    name: 'flask',
    attrs: {
      Flask: flaskClass(ctx),
      request: requestObject(ctx, line),
      jsonify: fn('jsonify', (args, kwargs, at) => jsonResponse(args.length === 1 ? args[0] : args.length > 1 ? { t: 'list', items: args } : makeDict(Object.entries(kwargs)), ctx.modern, at)),
      abort: fn('abort', ([code], _k, at) => {
        throw new PyException({ ...makeExc('HTTPException', undefined, 'werkzeug.exceptions'), args: [code ?? int(500)] }, at);
      }),
      render_template: unsupported('render_template'),
      render_template_string: unsupported('render_template_string'),
      redirect: unsupported('redirect'),
      url_for: unsupported('url_for'),
      make_response: unsupported('make_response'),
      send_file: unsupported('send_file'),
    },
  };
  void ip;
}

export function redisModule(ctx: FlaskContext): PyVal {
  const redisError: PyVal = { t: 'class', name: 'RedisError', module: 'redis.exceptions', bases: ['Exception', 'BaseException'] };
  const connError: PyVal = { t: 'class', name: 'ConnectionError', module: 'redis.exceptions', bases: ['RedisError', 'Exception', 'BaseException'] };
  const client: Builtin = (_args, kw) => {
    const host = kw.host && kw.host.t === 'str' ? kw.host.v : 'localhost';
    const port = kw.port && kw.port.t === 'int' ? kw.port.v : 6379;
    const check = (at: Range) => {
      const err = ctx.redis.connectError(host, port);
      if (err) throw new PyException({ t: 'exc', cls: 'ConnectionError', module: 'redis.exceptions', bases: ['RedisError', 'Exception', 'BaseException'], args: [str(err)] }, at);
    };
    return {
      t: 'obj',
      cls: 'Redis',
      attrs: {
        incr: fn('incr', ([k], _k, at) => (check(at), int(ctx.redis.incr(pyStr(k ?? NONE))))),
        get: fn('get', ([k], _k, at) => {
          check(at);
          const v = ctx.redis.get(pyStr(k ?? NONE));
          // redis-py answers bytes; printing them shows b'…', which the model does not carry.
          if (v !== undefined) throw new PyUnsupported("redis get() (bytes values)", at.line);
          return NONE;
        }),
        set: fn('set', ([k, v], _k, at) => (check(at), ctx.redis.set(pyStr(k ?? NONE), pyStr(v ?? NONE)), { t: 'bool', v: true })),
      },
    };
  };
  return {
    t: 'module',
    name: 'redis',
    attrs: {
      Redis: { t: 'class', name: 'Redis', module: 'redis.client', bases: [], call: client },
      StrictRedis: { t: 'class', name: 'StrictRedis', module: 'redis.client', bases: [], call: client },
      RedisError: redisError,
      ConnectionError: connError,
      exceptions: { t: 'module', name: 'redis.exceptions', attrs: { RedisError: redisError, ConnectionError: connError } },
    },
  };
}
