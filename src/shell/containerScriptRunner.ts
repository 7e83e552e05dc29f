// The engine's ScriptRunner hook: runs a container's command line (`sh -c SCRIPT`, or a utility
// such as `ls /`) with this interpreter in a temporary container frame. A script that ends by
// handing its process to a long-running program (`exec nginx …`, a final `sleep 1000`) stops
// there and tells the engine which argv to start in the same process.
import type { Ctx } from '../engine/ctx';
import { basename } from '../engine/fs/path';
import { getProfile } from '../engine/profile';
import { getProgram } from '../engine/programs/registry';
import type { ScriptRunner, ScriptRunResult } from '../engine/programs/scriptRunner';
import type { Frame, Terminal } from '../engine/world';
import type { AndOr, Pipeline, Script, Word } from './ast';
import { expandWords } from './expand';
import { expandEnvOf, reportParseError, runScript, type Io } from './interpreter';
import { LoopLimit, makeRuntime, ScriptBlocked, ShellExit } from './interp/runtime';
import { getCommand, locateCommand } from './commands/registry';
import { parseScript } from './parser';
import { ProcessHandoff } from './processHandoff';
import { getContainerById } from '../engine/tables/containerTable';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash']);

function literal(s: string): Word {
  return { parts: [{ t: 'lit', v: s, quoted: true }] };
}

function argvScript(argv: string[]): Script {
  return {
    t: 'script',
    items: [{ t: 'andor', first: { t: 'pipeline', negated: false, commands: [{ t: 'simple', assigns: [], words: argv.map(literal), redirects: [] }] }, rest: [], background: false }],
  };
}

/** The final item when it is one plain command (no pipes, no && / ||, not in the background). */
function finalCommandWords(item: AndOr | undefined): Word[] | undefined {
  if (!item || item.background || item.rest.length > 0 || item.first.commands.length !== 1 || item.first.negated) return undefined;
  const cmd = item.first.commands[0];
  return cmd.t === 'simple' && cmd.redirects.length === 0 && cmd.words.length > 0 ? cmd.words : undefined;
}

/** `a && b && exec nginx`: the chain before its last part, and that part when it is a plain command. */
function chainTail(item: AndOr | undefined): { head: AndOr; final: Pipeline; words: Word[] } | undefined {
  if (!item || item.background || item.rest.length === 0) return undefined;
  const last = item.rest[item.rest.length - 1];
  if (last.op !== '&&' || last.pipeline.negated || last.pipeline.commands.length !== 1) return undefined;
  const cmd = last.pipeline.commands[0];
  if (cmd.t !== 'simple' || cmd.redirects.length > 0 || cmd.words.length === 0) return undefined;
  return { head: { ...item, rest: item.rest.slice(0, -1) }, final: last.pipeline, words: cmd.words };
}

/** Does running `name` mean handing the process to an engine program rather than a shell utility? */
function isLongRunning(name: string): boolean {
  const program = getProgram(name);
  if (!program || program.isShell) return false;
  return name === 'sleep' || !getCommand(name);
}

export const containerScriptRunner: ScriptRunner = {
  run(ctx: Ctx, host: string, containerId: string, argv: string[], env: Record<string, string>, cwd: string): ScriptRunResult {
    const output: ScriptRunResult['output'] = [];
    const push = (stream: 'stdout' | 'stderr') => (text: string) => {
      if (text === '') return;
      const last = output[output.length - 1];
      if (last && last.stream === stream) last.text += text;
      else output.push({ stream, text });
    };
    const container = getContainerById(ctx.world.hosts[host].daemon, containerId);
    const shell = SHELLS.has(basename(argv[0] ?? '')) && argv[1] === '-c';
    // dash and ash name themselves by argv[0] as given: RUN's `/bin/sh -c foo` prints
    // `/bin/sh: 1: foo: not found`, where `sh -c foo` prints `sh: 1: …`.
    const arg0 = shell && argv[0] !== basename(argv[0]) && basename(argv[0]) !== 'bash' ? argv[0] : undefined;
    const errOut = push('stderr');
    const shellErr = arg0 ? (text: string) => errOut(text.replace(/(^|\n)sh: /g, `$1${arg0}: `)) : errOut;
    const frame: Frame = {
      kind: 'container',
      program: shell ? basename(argv[0]) : 'sh',
      containerId,
      user: container?.config.user || 'root',
      cwd: cwd || '/',
      env: { ...env },
      lastExit: 0,
    };
    const terminal: Terminal = { id: '', host, frames: [frame], history: [], job: null };
    const rt = makeRuntime({ ctx, terminal, frame, host, profile: getProfile(ctx.world), pushFrame: () => {}, startJob: () => {}, session: { clear: false }, jobsAllowed: false, interactive: false });
    const io: Io = { stdin: '', fds: { 1: push('stdout'), 2: shellErr }, tty: { 1: false, 2: false } };
    let script: Script;
    try {
      script = shell ? parseScript(argv[2] ?? '') : argvScript(argv);
    } catch (e) {
      return { output, exitCode: reportParseError(rt, e, shellErr) };
    }
    const last = script.items[script.items.length - 1];
    const words = shell ? finalCommandWords(last) : undefined;
    const tail = shell && !words ? chainTail(last) : undefined;
    /** Runs the final command, or hands the process over to it when it is a long-running program. */
    const finish = (finalWords: Word[], run: () => number): ScriptRunResult => {
      const finalArgv = expandWords(expandEnvOf(rt, io), finalWords);
      const isExec = finalArgv[0] === 'exec';
      const target = isExec ? finalArgv.slice(1) : finalArgv;
      if (target.length > 0 && (isExec || (isLongRunning(basename(target[0])) && locateCommand(rt, target[0]).kind === 'file'))) {
        return { output, exitCode: 0, exec: target };
      }
      if (isExec) return { output, exitCode: rt.frame.lastExit };
      return { output, exitCode: run() };
    };
    try {
      if (words || tail) {
        const before: Script = { t: 'script', items: script.items.slice(0, -1) };
        runScript(rt, before, io);
        if (words) return finish(words, () => runScript(rt, { t: 'script', items: [last] }, io));
        const { head, final, words: finalWords } = tail!;
        // `php-fpm && (tail -F log &) && exec nginx`: the chain decides whether the last part runs.
        const headCode = runScript(rt, { t: 'script', items: [head] }, io);
        if (headCode !== 0) return { output, exitCode: headCode };
        return finish(finalWords, () => runScript(rt, { t: 'script', items: [{ t: 'andor', first: final, rest: [], background: false }] }, io));
      }
      return { output, exitCode: runScript(rt, script, io) };
    } catch (e) {
      if (e instanceof ShellExit) return { output, exitCode: e.code };
      if (e instanceof ProcessHandoff) return { output, exitCode: 0, exec: e.argv };
      // A loop with a `sleep` (or none) would repeat for ever: the process stays up, printing no more.
      if (e instanceof ScriptBlocked || e instanceof LoopLimit) return { output, exitCode: 0, exec: ['sleep', 'infinity'] };
      throw e;
    }
  },
};
