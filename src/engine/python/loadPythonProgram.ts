// The Python model's one entry point. A program is loaded from its source: it is either a Flask
// app that reached app.run() (the server part is flaskDispatch.ts), a script that ran to its end,
// or an error — a SyntaxError/traceback as CPython prints it, or the honest one-liner for code the
// model does not run. A real interpreter could stand behind the same interface.
import { PyUnsupported } from './pyAst';
import { makeBuiltins } from './pyBuiltins';
import { formatTraceback, PyException } from './pyErrors';
import { flaskModule, FlaskRunSignal, redisModule, type FlaskAppData, type FlaskContext, type RedisBackend, type RunArgs } from './pyFlask';
import { Interp, type OutputChunk } from './pyInterpreter';
import { parseModule } from './pyParser';
import { stdlibModule, type StdlibContext } from './pyStdlib';
import { formatSyntaxError, PySyntaxError } from './pySyntaxError';
import { fromJson, pyStr, toJson } from './pyValues';
import type { PyVersion } from './pyVersion';

export interface PythonContext extends StdlibContext {
  version: PyVersion;
  /** The script as Python names it ('/app/main.py', or 'app.py' as typed on 3.6). */
  file: string;
  source: string;
  /** Is this package in the image's site-packages (pip install wrote it there)? */
  hasPackage(name: string): boolean;
  flaskModern: boolean;
  redis: RedisBackend;
}

export type PythonProgram =
  | { kind: 'flask'; app: FlaskAppData; run: RunArgs; output: OutputChunk[]; sleptMs: number }
  | { kind: 'script'; output: OutputChunk[]; exitCode: number; sleptMs: number }
  | { kind: 'error'; output: OutputChunk[]; exitCode: number; sleptMs: number };

/** Module globals that outlive one request (a counter), as JSON. */
export type SavedGlobals = Record<string, unknown>;

export function unsupportedMessage(e: PyUnsupported): string {
  const what = /^[a-z]+$/.test(e.construct) ? `'${e.construct}' ${['lambda', 'yield', 'await'].includes(e.construct) ? 'expressions' : 'statements'}` : e.construct;
  return `pathshala: this simulator's Python model does not support ${what} (line ${e.line})\n`;
}

export interface Loaded {
  interp: Interp;
  flask: FlaskContext;
  result: PythonProgram;
}

/** Run the module top to bottom (or up to app.run()). */
export function runModule(ctx: PythonContext, flask: Partial<FlaskContext> = {}): Loaded {
  const lines = ctx.source.split('\n').map((l) => l.replace(/\r$/, ''));
  let sleptMs = 0;
  const fctx: FlaskContext = { scriptStem: ctx.file.replace(/^.*\//, '').replace(/\.py$/, ''), modern: ctx.flaskModern, redis: ctx.redis, ...flask };
  const std: StdlibContext = { ...ctx, sleep: (ms) => (sleptMs += ms) };
  const interp: Interp = new Interp(
    {
      version: ctx.version,
      file: ctx.file,
      env: ctx.env,
      hostname: ctx.hostname,
      builtins: makeBuiltins(() => interp),
      importModule(ip, name, line) {
        const std0 = stdlibModule(() => ip, std, name, line);
        if (std0) return std0;
        if (!ctx.hasPackage(name.split('.')[0])) return undefined;
        if (name === 'flask') return flaskModule(() => ip, fctx, line);
        if (name === 'redis') return redisModule(fctx);
        throw new PyUnsupported(`the '${name}' package`, line);
      },
    },
    lines,
  );
  const done = (result: PythonProgram): Loaded => ({ interp, flask: fctx, result });
  try {
    const body = parseModule(ctx.source, ctx.version.pegParser);
    interp.runModule(body);
    return done({ kind: 'script', output: interp.output, exitCode: 0, sleptMs });
  } catch (e) {
    if (e instanceof FlaskRunSignal) return done({ kind: 'flask', app: e.app, run: e.args, output: interp.output, sleptMs });
    if (e instanceof PySyntaxError) {
      interp.write('stderr', formatSyntaxError(e.info, ctx.file, ctx.version));
      return done({ kind: 'error', output: interp.output, exitCode: 1, sleptMs });
    }
    if (e instanceof PyUnsupported) {
      interp.write('stderr', unsupportedMessage(e));
      return done({ kind: 'error', output: interp.output, exitCode: 1, sleptMs });
    }
    if (e instanceof PyException) {
      if (e.exc.cls === 'SystemExit') {
        const code = e.exc.args[0];
        if (!code || code.t === 'none') return done({ kind: 'script', output: interp.output, exitCode: 0, sleptMs });
        if (code.t === 'int') return done({ kind: 'script', output: interp.output, exitCode: code.v & 255, sleptMs });
        interp.write('stderr', `${pyStr(code)}\n`);
        return done({ kind: 'script', output: interp.output, exitCode: 1, sleptMs });
      }
      interp.write('stderr', formatTraceback(e, ctx.version));
      return done({ kind: 'error', output: interp.output, exitCode: 1, sleptMs });
    }
    throw e;
  }
}

export function loadPythonProgram(ctx: PythonContext): PythonProgram {
  return runModule(ctx).result;
}

export function saveGlobals(interp: Interp): SavedGlobals {
  const out: SavedGlobals = {};
  for (const [k, v] of interp.globals) {
    const j = toJson(v);
    if (j !== undefined) out[k] = j;
  }
  return out;
}

export function restoreGlobals(interp: Interp, saved: SavedGlobals): void {
  for (const [k, j] of Object.entries(saved)) interp.globals.set(k, fromJson(j));
}
