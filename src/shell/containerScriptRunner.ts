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
import type { AndOr, Script, Word } from './ast';
import { expandWords } from './expand';
import { expandEnvOf, runScript, type Io } from './interpreter';
import { makeRuntime, shellMessages, ShellExit } from './interp/runtime';
import { getCommand, locateCommand } from './commands/registry';
import { Incomplete, parseScript, ShellSyntaxError } from './parser';

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

/** The final item when it is one plain command (no pipes, no && / ||). */
function finalCommandWords(item: AndOr | undefined): Word[] | undefined {
  if (!item || item.rest.length > 0 || item.first.commands.length !== 1 || item.first.negated) return undefined;
  const cmd = item.first.commands[0];
  return cmd.redirects.length === 0 && cmd.words.length > 0 ? cmd.words : undefined;
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
    const container = ctx.world.hosts[host].daemon.containers[containerId];
    const shell = SHELLS.has(basename(argv[0] ?? '')) && argv[1] === '-c';
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
    const rt = makeRuntime({ ctx, terminal, frame, host, profile: getProfile(ctx.world), pushFrame: () => {}, startJob: () => {}, session: { clear: false }, jobsAllowed: false });
    const io: Io = { stdin: '', fds: { 1: push('stdout'), 2: push('stderr') }, tty: { 1: false, 2: false } };
    let script: Script;
    try {
      script = shell ? parseScript(argv[2] ?? '') : argvScript(argv);
    } catch (e) {
      if (e instanceof ShellSyntaxError || e instanceof Incomplete) {
        push('stderr')(shellMessages.syntax(rt.flavour, e instanceof ShellSyntaxError ? e.token : 'newline'));
        return { output, exitCode: 2 };
      }
      throw e;
    }
    const last = script.items[script.items.length - 1];
    const words = shell ? finalCommandWords(last) : undefined;
    try {
      if (words) {
        const before: Script = { t: 'script', items: script.items.slice(0, -1) };
        runScript(rt, before, io);
        const finalArgv = expandWords(expandEnvOf(rt, io), words);
        const isExec = finalArgv[0] === 'exec';
        const target = isExec ? finalArgv.slice(1) : finalArgv;
        if (target.length > 0 && (isExec || (isLongRunning(basename(target[0])) && locateCommand(rt, target[0]).kind === 'file'))) {
          return { output, exitCode: 0, exec: target };
        }
        if (isExec) return { output, exitCode: rt.frame.lastExit };
        return { output, exitCode: runScript(rt, { t: 'script', items: [last] }, io) };
      }
      return { output, exitCode: runScript(rt, script, io) };
    } catch (e) {
      if (e instanceof ShellExit) return { output, exitCode: e.code };
      throw e;
    }
  },
};
