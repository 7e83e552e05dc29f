// The Node model's one entry point. A script is loaded from its source: it is a server that
// called listen() (Express or http.createServer; requests are answered by nodeDispatch.ts), a
// script that ran to its end, or an error exactly as the image's Node prints it — a SyntaxError,
// `Cannot find module 'express'`, an uncaught TypeError — or the honest one-liner for code the
// model does not run. A real interpreter could stand behind the same interface.
import { JsSyntaxError, JsUnsupported } from './jsAst';
import { Interp } from './jsInterp';
import { parseProgram } from './jsParser';
import { fromJson, JsThrow, toJson } from './jsValues';
import { moduleNotFound, syntaxErrorText, uncaughtText } from './nodeErrors';
import { makeRuntime, ModuleNotFound, ProcessExit, type OutputChunk, type Runtime, type RuntimeHost, type ServerSpec } from './nodeRuntime';

export interface NodeContext extends RuntimeHost {
  source: string;
}

export type NodeProgram =
  | { kind: 'server'; server: ServerSpec; output: OutputChunk[] }
  | { kind: 'script'; output: OutputChunk[]; exitCode: number }
  | { kind: 'error'; output: OutputChunk[]; exitCode: number };

/** Module globals that outlive one request (a counter), as JSON. */
export type SavedGlobals = Record<string, unknown>;

export interface LoadedModule {
  interp: Interp;
  runtime: Runtime;
  result: NodeProgram;
}

export function unsupportedMessage(e: JsUnsupported): string {
  return `pathshala: this simulator's Node.js model does not support ${e.construct} (line ${e.line})\n`;
}

/** The text a failure prints, or undefined when `e` is not one of the script's own failures. */
export function failureText(ctx: NodeContext, e: unknown): string | undefined {
  if (e instanceof JsSyntaxError) return syntaxErrorText(ctx.version, ctx.file, ctx.source, e);
  if (e instanceof JsUnsupported) return unsupportedMessage(e);
  if (e instanceof ModuleNotFound) return moduleNotFound(ctx.version, e.name, ctx.file, e.loc.line, e.loc.col);
  if (e instanceof JsThrow) return uncaughtText(ctx.version, ctx.file, ctx.source, e.error);
  return undefined;
}

/** Runs the module top to bottom, then the callbacks of listen(). */
export function runNodeModule(ctx: NodeContext, saved?: SavedGlobals): LoadedModule {
  const runtime = makeRuntime(ctx);
  const interp = new Interp(ctx.version.major, runtime.builtins());
  const done = (result: NodeProgram): LoadedModule => ({ interp, runtime, result });
  try {
    const body = parseProgram(ctx.source, ctx.version.major >= 12);
    interp.runProgram(body);
    if (saved) restoreGlobals(interp, saved);
    for (const p of runtime.pending) interp.call(p.fn, [], p.loc, 'callback');
  } catch (e) {
    if (e instanceof ProcessExit) return done({ kind: 'script', output: runtime.output, exitCode: e.code & 255 });
    const text = failureText(ctx, e);
    if (text === undefined) throw e;
    runtime.output.push({ stream: 'stderr', text });
    return done({ kind: 'error', output: runtime.output, exitCode: 1 });
  }
  if (runtime.server) return done({ kind: 'server', server: runtime.server, output: runtime.output });
  return done({ kind: 'script', output: runtime.output, exitCode: 0 });
}

export function loadNodeProgram(ctx: NodeContext): NodeProgram {
  return runNodeModule(ctx).result;
}

export function saveGlobals(interp: Interp): SavedGlobals {
  const out: SavedGlobals = {};
  // A const array or object can still change inside (todos.push): every plain-data global is kept.
  for (const [k, b] of interp.globals.own()) {
    const j = toJson(b.value);
    if (j !== undefined) out[k] = j;
  }
  return out;
}

function restoreGlobals(interp: Interp, saved: SavedGlobals): void {
  for (const [k, j] of Object.entries(saved)) interp.globals.declare(k, fromJson(j), interp.globals.find(k)?.constant ?? false);
}
