// The contract between the shell and its commands. A command is plain data: a name, its help,
// and a run function that writes to the context's streams and returns an exit code.
import type { Ctx } from '../engine/ctx';
import type { Profile } from '../engine/profile';
import type { Frame, Job, Terminal } from '../engine/world';

export type Stream = 'stdout' | 'stderr';

/** Output in the order the terminal shows it; stdout and stderr interleave. */
export interface Chunk {
  stream: Stream;
  text: string;
  /**
   * Only a live terminal shows it: progress frames redrawn in place with ANSI cursor moves.
   * The final state always follows as ordinary chunks, so the headless runner and anything that
   * records a transcript skip transient chunks; the browser terminal writes them.
   */
  transient?: true;
}

export interface CommandContext {
  /** The draft world for this command line and the event sink. */
  ctx: Ctx;
  terminal: Terminal;
  /** The shell level this command runs in (host shell or a shell inside a container). */
  frame: Frame;
  /** Docker host the terminal is on. */
  host: string;
  profile: Profile;
  /** Text piped or redirected into the command ('' when none). */
  stdin: string;
  /** True when stdout goes to the terminal (not a pipe or a file): progress bars, `-t` checks. */
  isTty: boolean;
  out(text: string): void;
  err(text: string): void;
  /** Make this command a foreground job that goes on after run() returns (ping, logs -f …). */
  startJob(job: Job): void;
  /** Enter a nested interactive program (a shell inside a container, a REPL); lines go to it next. */
  pushFrame(frame: Frame): void;
  /** Run another command line in this same context (used by `sh -c`, `docker exec c ls`). */
  runNested(line: string, frame: Frame): number;
}

export interface Command {
  name: string;
  /** One line, English, for `help` and completion. */
  summary: string;
  run(cx: CommandContext, args: string[]): number;
}

/** Context a foreground job handler gets on each step. */
export interface JobContext {
  ctx: Ctx;
  terminal: Terminal;
  host: string;
  profile: Profile;
  out(text: string): void;
  err(text: string): void;
  /** Writes a transient chunk (see Chunk.transient); absent where nobody watches live. */
  transient?(stream: Stream, text: string): void;
  /** Columns of the live terminal, when it said (progress bars need more than 110). */
  cols?: number;
}

export interface JobStep {
  done: boolean;
  exitCode?: number;
}

export interface JobHandler {
  kind: string;
  /** Called after the clock moved; print what happened up to world.now, say whether it ended. */
  step(jx: JobContext, job: Job): JobStep;
  /** Ctrl-C. Returns the exit code of the interrupted command (130 for most). */
  interrupt(jx: JobContext, job: Job): number;
  /** Virtual time at which the job ends by itself, if known (sleep 10, ping -c 3). */
  endsAt?(job: Job): number | undefined;
  /** The job reads or sets up the terminal (an editor): started with `&` it stops at once (SIGTTOU) and bash reports `Stopped`. */
  readsTerminal?: boolean;
}

/** What a frame program (bash, sh, python3, psql …) does with one line typed at its prompt. */
export interface FrameProgram {
  name: string;
  prompt(world: import('../engine/world').World, frame: Frame): string;
  runLine(cx: CommandContext, line: string): number;
  /** A question asked by a command (prune's [y/N]): Ctrl-C kills that command, the frame goes with it. */
  endsOnInterrupt?: boolean;
}

export interface LineOutcome {
  world: import('../engine/world').World;
  output: Chunk[];
  exitCode: number;
  events: import('../engine/events').SimEvent[];
  /** A foreground job is still running: call advance() or interrupt(). */
  running: boolean;
  /** The prompt to show next (empty while a job runs). */
  prompt: string;
  /** Ask the terminal to clear the screen (the `clear` command, Ctrl-L). */
  clear?: boolean;
}
