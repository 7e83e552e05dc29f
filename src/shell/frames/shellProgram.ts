// The bash/sh frame program: buffers continuation lines (here-documents, open quotes, trailing
// `|`), parses, runs, and leaves the frame on `exit`.
import { containerProcessExited, endExecProcess } from '../../engine/containers/processExit';
import type { Frame } from '../../engine/world';
import type { FrameProgram } from '../types';
import { runScript, resumeScript, type Continuation, type Io } from '../interpreter';
import { runtimeOf, shellMessages, ShellExit, type Runtime } from '../interp/runtime';
import { Incomplete, parseScript, ShellSyntaxError } from '../parser';
import { shellPrompt } from '../prompt';
import type { Script } from '../ast';

export interface ShellFrameState {
  /** Lines typed so far of a command that is not complete yet. */
  pending?: string;
  /** The rest of a line that waits for a foreground job to end. */
  after?: Continuation;
}

export function shellState(frame: Frame): ShellFrameState {
  return (frame.state ?? {}) as ShellFrameState;
}

function setState(frame: Frame, patch: ShellFrameState): void {
  const next: ShellFrameState = { ...shellState(frame), ...patch };
  if (next.pending === undefined) delete next.pending;
  if (next.after === undefined) delete next.after;
  frame.state = Object.keys(next).length > 0 ? next : undefined;
}

/** Runs a script at the top level of a frame, catching `exit`. */
export function runTop(rt: Runtime, io: Io, run: (onSuspend: (c: Continuation) => void) => number): number {
  const onSuspend = (c: Continuation): void => {
    if (c.andOr.length > 0 || c.items.length > 0) setState(rt.frame, { after: c });
  };
  try {
    return run(onSuspend);
  } catch (e) {
    if (e instanceof ShellExit) return leaveFrame(rt, e.code, io);
    throw e;
  }
}

export function runParsed(rt: Runtime, script: Script, io: Io): number {
  return runTop(rt, io, (onSuspend) => runScript(rt, script, io, onSuspend));
}

export function resumeAfterJob(rt: Runtime, code: number, io: Io): number {
  const after = shellState(rt.frame).after;
  rt.frame.lastExit = code;
  if (!after) return code;
  setState(rt.frame, { after: undefined });
  return runTop(rt, io, (onSuspend) => resumeScript(rt, after, code, io, onSuspend));
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
          setState(frame, { pending: src });
          return frame.lastExit;
        }
        if (e instanceof ShellSyntaxError) {
          setState(frame, { pending: undefined });
          cx.err(shellMessages.syntax(rt.flavour, e.token));
          frame.lastExit = 2;
          return 2;
        }
        throw e;
      }
      setState(frame, { pending: undefined });
      const io: Io = { stdin: '', fds: { 1: cx.out, 2: cx.err }, tty: { 1: cx.isTty, 2: true } };
      return runParsed(rt, script, io);
    },
  };
}
