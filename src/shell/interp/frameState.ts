// What a shell frame keeps between typed lines: the lines of an unfinished command, the rest of a
// line that waits for a foreground job, and the background jobs not yet reported as done.
import type { Frame } from '../../engine/world';
import type { Kont } from './kont';

export interface BgJob {
  /** Job number, `[1]`. */
  n: number;
  pid: number;
  /** The command as typed, shown in `[1]+  Done                    sleep 5`. */
  text: string;
  /** Virtual time at which it ends; null while it runs without a known end (`ping host &`). */
  endsAt: number | null;
  code: number;
  /** Working directory it started in; bash adds `(wd: …)` when the shell has moved since. */
  wd: string;
  /** A prompt was shown since it started: bash reports it at the next one. */
  seen: boolean;
  /** Stopped by the terminal (SIGTTOU) rather than ended; `reported` once bash said so. It keeps its number. */
  stopped?: boolean;
  reported?: boolean;
}

export interface ShellFrameState {
  /** Lines typed so far of a command that is not complete yet. */
  pending?: string;
  /** The rest of a line that waits for a foreground job to end. */
  after?: Kont[];
  jobs?: BgJob[];
  /** `$!`. */
  lastBgPid?: number;
}

export function shellState(frame: Frame): ShellFrameState {
  return (frame.state ?? {}) as ShellFrameState;
}

export function setShellState(frame: Frame, patch: ShellFrameState): void {
  const next: ShellFrameState = { ...shellState(frame), ...patch };
  for (const key of Object.keys(next) as (keyof ShellFrameState)[]) if (next[key] === undefined) delete next[key];
  frame.state = Object.keys(next).length > 0 ? next : undefined;
}
