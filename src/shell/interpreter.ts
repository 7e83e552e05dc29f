// Runs an AST: lists, && / ||, pipelines (each stage's stdout buffered into the next stage's
// stdin, each stage in a subshell as bash runs them), redirections, simple and compound commands.
// Output goes through per-fd writers so that `>`, `2>&1` and pipes need no special cases in the
// commands themselves. When a command starts a foreground job the run unwinds, leaving in
// rt.kont what is left to do (see interp/kont.ts and interp/resume.ts).
import type { AndOr, Command, Pipeline, Script, SimpleCommand } from './ast';
import { isVfsError } from '../engine/fs/vfs';
import { isSimError } from '../engine/errors';
import type { Frame } from '../engine/world';
import { expandString, expandWords, type ExpandEnv } from './expand';
import { Incomplete, IncompleteCompound, parseScript, ShellSyntaxError } from './parser';
import { makeRuntime, shellMessages, ShellExit, type Runtime, type ShellCommandContext, type Writer } from './interp/runtime';
import { applyRedirects, type Io } from './interp/redirects';
import { runCompound } from './interp/compound';
import { runBackground } from './interp/background';
import { ArithError } from './interp/arith';
import { shellState } from './interp/frameState';
import { resolveCommand } from './commands/registry';
import { rememberCommand } from './commands/host/commandLookup';

export type { Io } from './interp/redirects';

export function expandEnvOf(rt: Runtime, io: Io): ExpandEnv {
  return {
    vars: rt.frame.env,
    lastExit: rt.frame.lastExit,
    pid: rt.frame.pid ?? 1,
    lastBgPid: shellState(rt.frame).lastBgPid,
    shellName: rt.flavour === 'bash' ? 'bash' : 'sh',
    cwd: rt.frame.cwd,
    vfs: rt.vfs,
    runSubst(script) {
      const buf: string[] = [];
      const sub = { ...io, stdin: '', fds: { ...io.fds, 1: (t: string) => buf.push(t) }, tty: { ...io.tty, 1: false } };
      delete sub.input;
      inSubshell(rt, () => runScript(rt, script, sub));
      return buf.join('');
    },
  };
}

/** Runs `body` with its own copy of cwd and variables; `exit` inside ends only the subshell. */
export function inSubshell(rt: Runtime, body: () => number): number {
  const frame = rt.frame;
  const wasWaiting = rt.jobStarted;
  const saved = { cwd: frame.cwd, env: { ...frame.env } };
  frame.env = { ...saved.env };
  try {
    return body();
  } catch (e) {
    if (e instanceof ShellExit) return e.code;
    throw e;
  } finally {
    if (rt.jobStarted && !wasWaiting) rt.kont.push({ k: 'subshell', cwd: frame.cwd, env: { ...frame.env } });
    frame.cwd = saved.cwd;
    frame.env = saved.env;
  }
}

/** Runs every item; returns the last exit code. Unwinds (filling rt.kont) when a foreground job starts. */
export function runScript(rt: Runtime, script: Script, io: Io): number {
  return runItems(rt, script.items, io);
}

export function runItems(rt: Runtime, items: AndOr[], io: Io): number {
  let code = 0;
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    if (item.background) {
      runBackground(rt, item, io);
      code = 0;
      continue;
    }
    code = continueAndOr(rt, item.rest, runPipeline(rt, item.first, io), io);
    if (rt.jobStarted) {
      if (k + 1 < items.length) rt.kont.push({ k: 'items', items: items.slice(k + 1) });
      return code;
    }
  }
  return code;
}

/** The `&&` / `||` parts after a pipeline that ended with `code`. */
export function continueAndOr(rt: Runtime, rest: AndOr['rest'], code: number, io: Io): number {
  rt.frame.lastExit = code;
  for (let r = 0; r < rest.length; r++) {
    if (rt.jobStarted) {
      rt.kont.push({ k: 'andor', rest: rest.slice(r) });
      return code;
    }
    const { op, pipeline } = rest[r];
    if ((op === '&&') === (code === 0)) {
      code = runPipeline(rt, pipeline, io);
      rt.frame.lastExit = code;
    }
  }
  return code;
}

export function runAndOr(rt: Runtime, item: AndOr, io: Io): number {
  return continueAndOr(rt, item.rest, runPipeline(rt, item.first, io), io);
}

function runPipeline(rt: Runtime, p: Pipeline, io: Io): number {
  let code = 0;
  if (p.commands.length === 1) code = runCommand(rt, p.commands[0], io);
  else {
    let input = io.input ? io.input.text : io.stdin;
    p.commands.forEach((cmd, i) => {
      const last = i === p.commands.length - 1;
      const buf: string[] = [];
      const stageIo: Io = {
        stdin: input,
        input: { text: input },
        fds: { ...io.fds, 1: last ? io.fds[1] : (t) => buf.push(t) },
        tty: { ...io.tty, 1: last ? io.tty[1] : false },
      };
      code = inSubshell(rt, () => runCommand(rt, cmd, stageIo));
      input = buf.join('');
    });
  }
  if (p.negated && rt.jobStarted) rt.kont.push({ k: 'not' });
  return p.negated ? (code === 0 ? 1 : 0) : code;
}

export function runCommand(rt: Runtime, cmd: Command, io: Io): number {
  try {
    return cmd.t === 'simple' ? runSimple(rt, cmd, io) : runCompound(rt, cmd, io);
  } catch (e) {
    if (!(e instanceof ArithError)) throw e;
    io.fds[2](rt.flavour === 'bash' ? `bash: ${e.message}\n` : shellMessages.builtin(rt.flavour, 'arithmetic', e.message).replace(/arithmetic: /, ''));
    return rt.flavour === 'bash' ? 1 : 2;
  }
}

function runSimple(rt: Runtime, cmd: SimpleCommand, io: Io): number {
  const env = expandEnvOf(rt, io);
  const argv = expandWords(env, cmd.words);
  const assigns = cmd.assigns.map((a) => [a.name, expandString(env, a.value)] as const);
  const redirected = applyRedirects(rt, env, cmd.redirects, io);
  if (typeof redirected === 'number') return redirected;
  const err = (t: string): void => redirected.fds[2](t);
  if (argv.length === 0) {
    for (const [k, v] of assigns) rt.frame.env[k] = v;
    return 0;
  }
  const name = argv[0];
  const found = resolveCommand(rt, name);
  if (found === 'notFound' || found === 'noSuchPath') {
    err(found === 'notFound' ? shellMessages.notFound(rt.flavour, name) : shellMessages.noSuchPath(rt.flavour, name));
    return 127;
  }
  const saved = assigns.map(([k]) => [k, rt.frame.env[k]] as const);
  for (const [k, v] of assigns) rt.frame.env[k] = v;
  const cx = commandContext(rt, redirected);
  rememberCommand(rt, name);
  try {
    return found.run(cx, argv.slice(1));
  } catch (e) {
    if (isSimError(e) || isVfsError(e)) {
      err(`${name}: ${e.message}\n`);
      return 1;
    }
    throw e;
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete rt.frame.env[k];
      else rt.frame.env[k] = v;
    }
  }
}

export function commandContext(rt: Runtime, io: Io): ShellCommandContext {
  const cx: ShellCommandContext = {
    rt,
    ctx: rt.ctx,
    terminal: rt.terminal,
    frame: rt.frame,
    host: rt.host,
    profile: rt.profile,
    stdin: io.input ? io.input.text : io.stdin,
    isTty: io.tty[1] === true,
    out: io.fds[1],
    err: io.fds[2],
    startJob(job) {
      // A job started by `cmd &` runs on without the terminal: note it, do not wait for it.
      if (rt.bgJob) {
        rt.bgJob.job = job;
        return;
      }
      rt.terminal.job = job;
      rt.jobStarted = true;
      rt.startJob(job);
    },
    pushFrame: (frame) => rt.pushFrame(frame),
    runNested: (line, frame) => runNested(rt, line, frame, io.fds[1], io.fds[2]),
  };
  if (io.input) cx.input = io.input;
  return cx;
}

/** Prints a parse error the way a non-interactive shell (`sh -c`, a container's command) does; exit code 2. */
export function reportParseError(rt: Runtime, e: unknown, err: Writer): number {
  if (e instanceof ShellSyntaxError) err(shellMessages.syntax(rt.flavour, e.token, e.shName, e.expecting));
  else if (e instanceof IncompleteCompound) err(shellMessages.endOfFile(rt.flavour, e.expecting));
  else if (e instanceof Incomplete) err(shellMessages.syntax(rt.flavour, 'newline'));
  else throw e;
  return 2;
}

/** Runs `line` in `frame` (not pushed), writing to the given streams: `sh -c`, `docker exec c ls`. */
export function runNested(rt: Runtime, line: string, frame: Frame, out: Writer, err: Writer): number {
  const inner = frame === rt.frame ? rt : makeRuntime({ ...rt, frame, interactive: false });
  inner.session = rt.session;
  inner.bgJob = rt.bgJob;
  inner.loopDepth = rt.loopDepth;
  let script: Script;
  try {
    script = parseScript(line);
  } catch (e) {
    return reportParseError(inner, e, err);
  }
  try {
    const code = runScript(inner, script, { stdin: '', fds: { 1: out, 2: err }, tty: { 1: false, 2: false } });
    if (inner !== rt && inner.jobStarted) {
      rt.jobStarted = true;
      // The rest of `sh -c '…; sleep 1; …'` runs when the job ends, with the nested shell's variables.
      if (frame.kind === rt.frame.kind && frame.containerId === rt.frame.containerId) {
        rt.kont.push(...inner.kont, { k: 'subshell', cwd: frame.cwd, env: { ...frame.env } });
      }
    }
    return code;
  } catch (e) {
    if (e instanceof ShellExit) return e.code;
    throw e;
  } finally {
    if (inner !== rt) rt.loopSteps = Math.max(rt.loopSteps, inner.loopSteps);
  }
}
