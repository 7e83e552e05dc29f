// The standard-library modules the model carries: os (environ, getenv), socket (gethostname),
// sys, time, json, math and random. An attribute they do not carry is refused by name
// (PyUnsupported) rather than reported as missing, since real Python would have it.
import { PyUnsupported } from './pyAst';
import { makeExc, PyException, raise, type Range } from './pyErrors';
import type { Interp } from './pyInterpreter';
import { NONE, dictGet, int, makeDict, pyStr, repr, str, truthy, type Builtin, type PyVal } from './pyValues';

export interface StdlibContext {
  env: Readonly<Record<string, string>>;
  hostname: string;
  cwd: string;
  pid: number;
  argv: string[];
  /** Virtual clock in ms. */
  now: number;
  random(n: number): number;
  /** time.sleep: the program's virtual time moves on. */
  sleep(ms: number): void;
}

const fn = (name: string, call: Builtin): PyVal => ({ t: 'builtin', name, call });

function module(name: string, attrs: Record<string, PyVal>, line: number): PyVal {
  return {
    t: 'module',
    name,
    attrs: new Proxy(attrs, {
      get(target, key: string) {
        if (key in target) return target[key];
        if (typeof key !== 'string' || key.startsWith('__')) return undefined;
        throw new PyUnsupported(`'${name}.${key}'`, line);
      },
    }),
  };
}

/** JSON text as json.dumps writes it (", " and ": " separators unless told otherwise). */
export function jsonDumps(v: PyVal, opts: { indent?: number; sortKeys?: boolean; compact?: boolean; spaced?: boolean; at: Range }, depth = 0): string {
  const itemSep = opts.compact ? ',' : ', ';
  const keySep = opts.compact ? ':' : ': ';
  const nl = (d: number) => (opts.indent === undefined ? '' : `\n${' '.repeat(opts.indent * d)}`);
  // With an indent json.dumps drops the space after commas, unless separators are given (Flask 0.12 did).
  const sep = opts.indent === undefined || opts.spaced ? itemSep : itemSep.trimEnd();
  switch (v.t) {
    case 'none':
      return 'null';
    case 'bool':
      return v.v ? 'true' : 'false';
    case 'int':
      return String(v.v);
    case 'float':
      return pyStr(v);
    case 'str':
      return JSON.stringify(v.v).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    case 'list':
    case 'tuple':
      if (v.items.length === 0) return '[]';
      return `[${nl(depth + 1)}${v.items.map((x) => jsonDumps(x, opts, depth + 1)).join(sep + nl(depth + 1))}${nl(depth)}]`;
    case 'dict': {
      if (v.keys.length === 0) return '{}';
      let entries = v.keys.map((k, i) => [k.t === 'str' ? k.v : pyStr(k), v.vals[i]] as const);
      if (opts.sortKeys) entries = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${nl(depth + 1)}${entries.map(([k, x]) => `${JSON.stringify(k)}${keySep}${jsonDumps(x, opts, depth + 1)}`).join(sep + nl(depth + 1))}${nl(depth)}}`;
    }
    default:
      return raise('TypeError', `Object of type ${v.t === 'obj' ? v.cls : v.t} is not JSON serializable`, opts.at);
  }
}

export function stdlibModule(ip: () => Interp, ctx: StdlibContext, name: string, line: number): PyVal | undefined {
  switch (name) {
    case 'os': {
      const environ: PyVal = {
        t: 'obj',
        cls: 'os._Environ',
        attrs: {
          get: fn('get', ([k, d]) => (k?.t === 'str' && k.v in ctx.env ? str(ctx.env[k.v]) : (d ?? NONE))),
        },
        data: {
          getitem(k: PyVal, at: Range): PyVal {
            if (k.t === 'str' && k.v in ctx.env) return str(ctx.env[k.v]);
            throw new PyException({ ...makeExc('KeyError'), args: [k] }, at);
          },
        },
      };
      const path = module('os.path', {
        join: fn('join', (args) => str(args.map(pyStr).reduce((a, b) => (b.startsWith('/') ? b : a === '' || a.endsWith('/') ? a + b : `${a}/${b}`), ''))),
        basename: fn('basename', ([p]) => str(pyStr(p ?? str('')).replace(/^.*\//, ''))),
        dirname: fn('dirname', ([p]) => str(pyStr(p ?? str('')).replace(/\/[^/]*$/, ''))),
      }, line);
      return module('os', {
        environ,
        path,
        name: str('posix'),
        sep: str('/'),
        getenv: fn('getenv', ([k, d]) => (k?.t === 'str' && k.v in ctx.env ? str(ctx.env[k.v]) : (d ?? NONE))),
        getcwd: fn('getcwd', () => str(ctx.cwd)),
        getpid: fn('getpid', () => int(ctx.pid)),
      }, line);
    }
    case 'socket':
      return module('socket', { gethostname: fn('gethostname', () => str(ctx.hostname)) }, line);
    case 'sys': {
      const stream = (which: 'stdout' | 'stderr'): PyVal => ({
        t: 'obj',
        cls: 'TextIOWrapper',
        data: which,
        attrs: {
          write: fn('write', ([s]) => (ip().write(which, pyStr(s ?? str(''))), int(pyStr(s ?? str('')).length))),
          flush: fn('flush', () => (ip().write(which, '', true), NONE)),
        },
      });
      return module('sys', {
        argv: { t: 'list', items: ctx.argv.map(str) },
        platform: str('linux'),
        stdout: stream('stdout'),
        stderr: stream('stderr'),
        exit: fn('exit', ([code]) => {
          throw new PyException({ ...makeExc('SystemExit'), args: code ? [code] : [] });
        }),
      }, line);
    }
    case 'time':
      return module('time', {
        time: fn('time', () => ({ t: 'float', v: ctx.now / 1000 })),
        sleep: fn('sleep', ([s]) => (ctx.sleep(s && (s.t === 'int' || s.t === 'float') ? s.v * 1000 : 0), NONE)),
      }, line);
    case 'json':
      return module('json', {
        dumps: fn('dumps', ([v], kw, at) => str(jsonDumps(v ?? NONE, { ...(kw.indent?.t === 'int' ? { indent: kw.indent.v } : {}), sortKeys: !!kw.sort_keys && truthy(kw.sort_keys), at }))),
      }, line);
    case 'math':
      return module('math', {
        pi: { t: 'float', v: Math.PI },
        sqrt: fn('sqrt', ([x]) => ({ t: 'float', v: Math.sqrt(x && (x.t === 'int' || x.t === 'float') ? x.v : 0) })),
        floor: fn('floor', ([x]) => int(Math.floor(x && (x.t === 'int' || x.t === 'float') ? x.v : 0))),
        ceil: fn('ceil', ([x]) => int(Math.ceil(x && (x.t === 'int' || x.t === 'float') ? x.v : 0))),
      }, line);
    case 'random':
      return module('random', {
        randint: fn('randint', ([a, b]) => {
          const lo = a?.t === 'int' ? a.v : 0;
          const hi = b?.t === 'int' ? b.v : 0;
          return int(lo + ctx.random(hi - lo + 1));
        }),
        choice: fn('choice', ([l], _k, at) => {
          if (!l || (l.t !== 'list' && l.t !== 'tuple') || l.items.length === 0) return raise('IndexError', 'Cannot choose from an empty sequence', at);
          return l.items[ctx.random(l.items.length)];
        }),
        random: fn('random', () => ({ t: 'float', v: ctx.random(1_000_000) / 1_000_000 })),
      }, line);
  }
  return undefined;
}

export { dictGet, makeDict, repr };
