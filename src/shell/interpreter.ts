// Runs an AST: lists, && / ||, pipelines (each stage's stdout buffered into the next stage's
// stdin), redirections and simple commands. Output goes through per-fd writers so that `>`,
// `2>&1` and pipes need no special cases in the commands themselves.
import type { AndOr, Pipeline, Script, SimpleCommand } from './ast';
import { resolvePath } from '../engine/fs/path';
import { isVfsError } from '../engine/fs/vfs';
import { isSimError } from '../engine/errors';
import type { Frame } from '../engine/world';
import { expandString, expandWords, type ExpandEnv } from './expand';
import { Incomplete, parseScript, ShellSyntaxError } from './parser';
import { makeRuntime, shellMessages, ShellExit, type Runtime, type ShellCommandContext, type Writer } from './interp/runtime';
import { resolveCommand } from './commands/registry';

export interface Io {
  stdin: string;
  fds: Record<number, Writer>;
  /** Which fds still reach the terminal. */
  tty: Record<number, boolean>;
}

/** What is left of a line when a foreground job started: run it once the job ends. */
export interface Continuation {
  andOr: AndOr['rest'];
  items: AndOr[];
}

export function expandEnvOf(rt: Runtime, io: Io): ExpandEnv {
  return {
    vars: rt.frame.env,
    lastExit: rt.frame.lastExit,
    pid: rt.frame.pid ?? 1,
    shellName: rt.flavour === 'bash' ? 'bash' : 'sh',
    cwd: rt.frame.cwd,
    vfs: rt.vfs,
    runSubst(script) {
      const buf: string[] = [];
      runScript(rt, script, { stdin: '', fds: { ...io.fds, 1: (t) => buf.push(t) }, tty: { ...io.tty, 1: false } });
      return buf.join('');
    },
  };
}

/** Runs every item; returns the last exit code. Stops early (returning a continuation) when a job starts. */
export function runScript(rt: Runtime, script: Script, io: Io, onSuspend?: (c: Continuation) => void): number {
  for (let k = 0; k < script.items.length; k++) {
    const item = script.items[k];
    let code = runPipeline(rt, item.first, io);
    rt.frame.lastExit = code;
    let r = 0;
    for (; r < item.rest.length && !rt.jobStarted; r++) {
      const { op, pipeline } = item.rest[r];
      if ((op === '&&') === (code === 0)) {
        code = runPipeline(rt, pipeline, io);
        rt.frame.lastExit = code;
      }
    }
    if (rt.jobStarted) {
      onSuspend?.({ andOr: item.rest.slice(r), items: script.items.slice(k + 1) });
      return rt.frame.lastExit;
    }
  }
  return rt.frame.lastExit;
}

/** Resumes a suspended line with the job's exit code as `$?`. */
export function resumeScript(rt: Runtime, c: Continuation, code: number, io: Io, onSuspend?: (c: Continuation) => void): number {
  rt.frame.lastExit = code;
  let r = 0;
  for (; r < c.andOr.length && !rt.jobStarted; r++) {
    const { op, pipeline } = c.andOr[r];
    if ((op === '&&') === (rt.frame.lastExit === 0)) rt.frame.lastExit = runPipeline(rt, pipeline, io);
  }
  if (rt.jobStarted) {
    onSuspend?.({ andOr: c.andOr.slice(r), items: c.items });
    return rt.frame.lastExit;
  }
  return runScript(rt, { t: 'script', items: c.items }, io, onSuspend);
}

function runPipeline(rt: Runtime, p: Pipeline, io: Io): number {
  let code = 0;
  if (p.commands.length === 1) code = runSimple(rt, p.commands[0], io);
  else {
    let input = io.stdin;
    p.commands.forEach((cmd, i) => {
      const last = i === p.commands.length - 1;
      const buf: string[] = [];
      const stageIo: Io = {
        stdin: input,
        fds: { ...io.fds, 1: last ? io.fds[1] : (t) => buf.push(t) },
        tty: { ...io.tty, 1: last ? io.tty[1] : false },
      };
      code = runSimple(rt, cmd, stageIo);
      input = buf.join('');
    });
  }
  return p.negated ? (code === 0 ? 1 : 0) : code;
}

function runSimple(rt: Runtime, cmd: SimpleCommand, io: Io): number {
  const env = expandEnvOf(rt, io);
  const argv = expandWords(env, cmd.words);
  const assigns = cmd.assigns.map((a) => [a.name, expandString(env, a.value)] as const);
  const fds = { ...io.fds };
  const tty = { ...io.tty };
  let stdin = io.stdin;
  const err = (t: string): void => fds[2](t);
  for (const r of cmd.redirects) {
    if (r.t === 'dup') {
      fds[r.fd] = fds[r.to] ?? fds[1];
      tty[r.fd] = tty[r.to] ?? false;
      continue;
    }
    if (r.t === 'heredoc') {
      if (r.fd === 0) stdin = expandString(env, r.body);
      continue;
    }
    const target = expandString(env, r.target);
    if (target === '/dev/null') {
      if (r.op === '<') stdin = '';
      else {
        fds[r.fd] = () => {};
        tty[r.fd] = false;
      }
      continue;
    }
    if (target === '/dev/stdout' || target === '/dev/stderr') {
      const from = target === '/dev/stdout' ? 1 : 2;
      fds[r.fd] = io.fds[from];
      tty[r.fd] = io.tty[from];
      continue;
    }
    const path = resolvePath(rt.frame.cwd, target);
    try {
      if (r.op === '<') stdin = rt.vfs.readFile(path);
      else {
        if (r.op === '>' || !rt.vfs.exists(path)) rt.vfs.writeFile(path, '');
        fds[r.fd] = (t) => rt.vfs.writeFile(path, t, { append: true });
        tty[r.fd] = false;
      }
    } catch (e) {
      if (!isVfsError(e)) throw e;
      err(r.op === '<' ? shellMessages.cannotOpen(rt.flavour, target, e.message) : shellMessages.cannotCreate(rt.flavour, target, e.message));
      return 1;
    }
  }
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
  const cx = commandContext(rt, { stdin, fds, tty });
  try {
    return found.run(cx, argv.slice(1));
  } catch (e) {
    if (e instanceof ShellExit) throw e;
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
  return {
    rt,
    ctx: rt.ctx,
    terminal: rt.terminal,
    frame: rt.frame,
    host: rt.host,
    profile: rt.profile,
    stdin: io.stdin,
    isTty: io.tty[1] === true,
    out: io.fds[1],
    err: io.fds[2],
    startJob(job) {
      rt.terminal.job = job;
      rt.jobStarted = true;
      rt.startJob(job);
    },
    pushFrame: (frame) => rt.pushFrame(frame),
    runNested: (line, frame) => runNested(rt, line, frame, io.fds[1], io.fds[2]),
  };
}

/** Runs `line` in `frame` (not pushed), writing to the given streams: `sh -c`, `docker exec c ls`. */
export function runNested(rt: Runtime, line: string, frame: Frame, out: Writer, err: Writer): number {
  const inner = frame === rt.frame ? rt : makeRuntime({ ...rt, frame });
  inner.session = rt.session;
  let script: Script;
  try {
    script = parseScript(line);
  } catch (e) {
    if (e instanceof ShellSyntaxError) {
      err(shellMessages.syntax(inner.flavour, e.token));
      return 2;
    }
    if (e instanceof Incomplete) {
      err(shellMessages.syntax(inner.flavour, 'newline'));
      return 2;
    }
    throw e;
  }
  try {
    const code = runScript(inner, script, { stdin: '', fds: { 1: out, 2: err }, tty: { 1: false, 2: false } });
    if (inner.jobStarted) rt.jobStarted = true;
    return code;
  } catch (e) {
    if (e instanceof ShellExit) return e.code;
    throw e;
  }
}
