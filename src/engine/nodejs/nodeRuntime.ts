// The globals and built-in modules a script sees: console, process, JSON, Math, require() with
// 'express' (only when node_modules has it), 'http', 'path' and 'os'. Servers register their
// routes or handler here; listen() records the port, its callback runs after the module body.
import type { Loc } from './jsAst';
import { JsUnsupported } from './jsAst';
import { formatLog } from './jsInspect';
import { throwError } from './jsInterp';
import { fromJson, HostFunc, isCallable, isObject, JsError, toNum, toStr, type JsObject, type Value } from './jsValues';
import type { NodeVersion } from './nodeErrors';

export interface Route {
  /** Upper-case method, or 'USE' for middleware. */
  method: string;
  path: string;
  handlers: Value[];
}

export interface ServerSpec {
  kind: 'express' | 'http';
  port: number;
  host?: string;
  routes: Route[];
  handler?: Value;
}

export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface RuntimeHost {
  version: NodeVersion;
  file: string;
  env: Readonly<Record<string, string>>;
  argv: string[];
  cwd: string;
  now: number;
  /** node_modules/<name> exists up from the script's directory. */
  hasModule(name: string): boolean;
  random(): number;
}

export class ModuleNotFound {
  constructor(
    readonly name: string,
    readonly loc: Loc,
  ) {}
}

export class ProcessExit {
  constructor(readonly code: number) {}
}

export interface Runtime {
  output: OutputChunk[];
  server?: ServerSpec;
  /** listen() callbacks, run once the module body finished. */
  pending: { fn: Value; loc: Loc }[];
  builtins(): Record<string, Value>;
}

function fn(name: string, call: (args: Value[], loc: Loc) => Value): HostFunc {
  return new HostFunc(name, call);
}

function jsonStringify(v: Value, space?: number): string | undefined {
  const plain = (x: Value): unknown => {
    if (x === undefined || x instanceof HostFunc || (typeof x === 'object' && x !== null && 'node' in x)) return undefined;
    if (x instanceof JsError) return {};
    if (Array.isArray(x)) return x.map((i) => plain(i) ?? null);
    if (isObject(x)) {
      const o: Record<string, unknown> = {};
      for (const [k, i] of Object.entries(x)) {
        const p = plain(i);
        if (p !== undefined) o[k] = p;
      }
      return o;
    }
    return x;
  };
  const p = plain(v);
  return p === undefined ? undefined : JSON.stringify(p, null, space);
}

export { jsonStringify };

export function makeRuntime(host: RuntimeHost): Runtime {
  const rt: Runtime = { output: [], pending: [], builtins: () => ({}) };
  const write = (stream: 'stdout' | 'stderr') => (args: Value[]) => {
    rt.output.push({ stream, text: formatLog(args, host.version.major) });
    return undefined;
  };
  const listen = (kind: 'express' | 'http', extra: Partial<ServerSpec>) =>
    fn('listen', (args, loc) => {
      const port = toNum(args[0]);
      if (!Number.isInteger(port)) throw new JsUnsupported('listen() on a pipe or without a port', loc.line);
      const host0 = typeof args[1] === 'string' ? args[1] : undefined;
      const cb = args.find((a, i) => i > 0 && isCallable(a));
      rt.server = { kind, port, host: host0, routes: rt.server?.routes ?? [], ...extra };
      if (cb !== undefined) rt.pending.push({ fn: cb, loc });
      return {};
    });

  rt.builtins = () => {
    const routes: Route[] = [];
    const expressFn = fn('createApplication', () => {
      const app: JsObject = {};
      const register = (method: string) =>
        fn(method.toLowerCase(), (args, loc) => {
          if (method === 'USE' && typeof args[0] !== 'string') routes.push({ method, path: '/', handlers: args });
          else if (typeof args[0] !== 'string') throw new JsUnsupported('routes that are not strings', loc.line);
          else routes.push({ method, path: args[0], handlers: args.slice(1) });
          return app;
        });
      for (const m of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'USE']) app[m.toLowerCase()] = register(m);
      const appListen = listen('express', {});
      app.listen = fn('listen', (args, loc) => {
        appListen.call(args, loc);
        rt.server!.routes = routes;
        return {};
      });
      app.set = fn('set', () => app);
      return app;
    });
    const modules: Record<string, () => Value> = {
      http: () => ({
        createServer: fn('createServer', (args) => {
          const server: JsObject = {};
          server.listen = listen('http', { handler: args[0] });
          return server;
        }),
      }),
      path: () => ({
        join: fn('join', (a) => a.map(toStr).join('/').replace(/\/+/g, '/')),
        basename: fn('basename', (a) => toStr(a[0]).replace(/\/+$/, '').split('/').pop() ?? ''),
      }),
      os: () => ({ hostname: fn('hostname', () => host.env.HOSTNAME ?? '') }),
    };
    const require = fn('require', (args, loc) => {
      const name = toStr(args[0]);
      if (name === 'express') {
        if (!host.hasModule('express')) throw new ModuleNotFound(name, loc);
        return expressFn;
      }
      if (Object.hasOwn(modules, name)) return modules[name]();
      if (name.startsWith('node:') && Object.hasOwn(modules, name.slice(5))) return modules[name.slice(5)]();
      if (name.startsWith('.') || name.startsWith('/') || !host.hasModule(name)) throw new ModuleNotFound(name, loc);
      throw new JsUnsupported(`the '${name}' package`, loc.line);
    });
    const env: JsObject = {};
    for (const [k, v] of Object.entries(host.env)) env[k] = v;
    return {
      require,
      console: { log: fn('log', write('stdout')), info: fn('info', write('stdout')), error: fn('error', write('stderr')), warn: fn('warn', write('stderr')) },
      process: {
        env,
        argv: ['/usr/local/bin/node', host.file, ...host.argv],
        pid: 1,
        version: `v${host.version.full}`,
        platform: 'linux',
        cwd: fn('cwd', () => host.cwd),
        exit: fn('exit', (a) => {
          throw new ProcessExit(a[0] === undefined ? 0 : toNum(a[0]));
        }),
      },
      JSON: {
        stringify: fn('stringify', (a) => jsonStringify(a[0], a[2] === undefined ? undefined : toNum(a[2]))),
        parse: fn('parse', (a, loc) => {
          try {
            return fromJson(JSON.parse(toStr(a[0])));
          } catch {
            return throwError('SyntaxError', `Unexpected token in JSON`, loc);
          }
        }),
      },
      Math: {
        floor: fn('floor', (a) => Math.floor(toNum(a[0]))),
        ceil: fn('ceil', (a) => Math.ceil(toNum(a[0]))),
        round: fn('round', (a) => Math.round(toNum(a[0]))),
        max: fn('max', (a) => Math.max(...a.map(toNum))),
        min: fn('min', (a) => Math.min(...a.map(toNum))),
        random: fn('random', () => host.random()),
        PI: Math.PI,
      },
      Date: { now: fn('now', () => host.now) },
      parseInt: fn('parseInt', (a) => parseInt(toStr(a[0]), a[1] === undefined ? undefined : toNum(a[1]))),
      Number: fn('Number', (a) => toNum(a[0])),
      String: fn('String', (a) => toStr(a[0])),
      Error: fn('Error', (a, loc) => new JsError('Error', a[0] === undefined ? '' : toStr(a[0]), loc)),
      Object: {
        keys: fn('keys', (a) => (isObject(a[0]) ? Object.keys(a[0]) : [])),
        values: fn('values', (a) => (isObject(a[0]) ? Object.values(a[0]) : [])),
      },
      setTimeout: fn('setTimeout', (_a, loc) => {
        throw new JsUnsupported('setTimeout', loc.line);
      }),
    };
  };
  return rt;
}
