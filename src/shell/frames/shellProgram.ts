// The bash/sh frame program: buffers continuation lines (here-documents, open quotes, trailing
// `|`, unfinished if/for/while/case), parses, runs, reports finished background jobs, and leaves
// the frame on `exit`.
import { containerProcessExited, endExecProcess } from '../../engine/containers/processExit';
import type { FrameProgram } from '../types';
import { runScript, type Io } from '../interpreter';
import { runtimeOf, shellMessages, ShellExit, LoopLimit, type Runtime } from '../interp/runtime';
import { setShellState, shellState } from '../interp/frameState';
import { resumeKont } from '../interp/resume';
import { reportDoneJobs } from '../interp/background';
import { Incomplete, parseScript, ShellSyntaxError } from '../parser';
import { shellPrompt } from '../prompt';
import type { Script } from '../ast';

export { shellState, type ShellFrameState } from '../interp/frameState';

/** Runs a script at the top level of a frame: catches `exit`, keeps what waits for a job, reports jobs. */
export function runTop(rt: Runtime, io: Io, run: () => number): number {
  let code: number;
  try {
    code = run();
  } catch (e) {
    if (e instanceof ShellExit) return leaveFrame(rt, e.code, io);
    // A loop that never ends: the student would have had to press Ctrl-C.
    if (e instanceof LoopLimit) code = 130;
    else throw e;
  }
  rt.frame.lastExit = code;
  if (rt.jobStarted) {
    if (rt.kont.length > 0) setShellState(rt.frame, { after: rt.kont });
  } else reportDoneJobs(rt, io);
  return code;
}

export function runParsed(rt: Runtime, script: Script, io: Io): number {
  return runTop(rt, io, () => runScript(rt, script, io));
}

export function resumeAfterJob(rt: Runtime, code: number, io: Io): number {
  const after = shellState(rt.frame).after;
  rt.frame.lastExit = code;
  setShellState(rt.frame, { after: undefined });
  return runTop(rt, io, () => (after ? resumeKont(rt, after, code, io) : code));
}

/** `exit` at a prompt: a nested frame pops (ending its process); the host login shell stays. */
function leaveFrame(rt: Runtime, code: number, io: Io): number {
  const { terminal, frame } = rt;
  if (terminal.frames.length <= 1 || terminal.frames[terminal.frames.length - 1] !== frame) {
    frame.lastExit = code;
    return code;
  }
  if (rt.flavour === 'bash') io.fds[1]('exit\n');
  terminal.frames.pop();
  if (frame.kind === 'container' && frame.containerId) {
    if (frame.isMain) containerProcessExited(rt.ctx, rt.host, frame.containerId, code);
    else if (frame.pid !== undefined) endExecProcess(rt.ctx, rt.host, frame.pid, code);
  }
  const below = terminal.frames[terminal.frames.length - 1];
  below.lastExit = code;
  return code;
}

export function shellProgram(name: 'bash' | 'sh'): FrameProgram {
  return {
    name,
    prompt: (world, frame) => shellPrompt(world, frame),
    runLine(cx, line) {
      const rt = runtimeOf(cx);
      const frame = cx.frame;
      const pending = shellState(frame).pending;
      const src = pending !== undefined ? `${pending}\n${line}` : line;
      let script: Script;
      try {
        script = parseScript(src);
      } catch (e) {
        if (e instanceof Incomplete) {
          setShellState(frame, { pending: src });
          return frame.lastExit;
        }
        if (e instanceof ShellSyntaxError) {
          setShellState(frame, { pending: undefined });
          cx.err(shellMessages.syntax(rt.flavour, e.token, e.shName, e.expecting));
          frame.lastExit = 2;
          return 2;
        }
        throw e;
      }
      setShellState(frame, { pending: undefined });
      const io: Io = { stdin: '', fds: { 1: cx.out, 2: cx.err }, tty: { 1: cx.isTty, 2: true } };
      return runParsed(rt, script, io);
    },
  };
}
