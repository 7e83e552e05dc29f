// A pull on a TTY (`docker pull`, or the pull inside `docker run`/`create`): the engine has
// already registered the image; this foreground job only plays the pull's timeline out on the
// virtual clock, redrawing the layer block in place (transient chunks a live terminal shows),
// then prints the final lines for real and hands back to the command that asked for the image.
import type { LayerProgress } from '../../../engine/images/pullImage';
import type { Job } from '../../../engine/world';
import { runtimeOf } from '../../interp/runtime';
import type { CommandContext, JobContext, JobHandler, JobStep, Stream } from '../../types';
import { eraseBlock, progressFrame } from './pullProgressFrame';

export const PULL_JOB = 'docker-pull';

/** What to do once the image is there, as plain data: a registered continuation and its input. */
export interface AfterPull {
  kind: string;
  payload: unknown;
}

export interface PullJobData {
  stream: Stream;
  durationMs: number;
  layers: LayerProgress[];
  /** The lines left on screen once the pull is done (layers, Digest, Status …), printed at the end. */
  finalText: string;
  /** Screen rows the last frame drew, which the next one moves the cursor back over. */
  drawn: number;
  /** The command's piped stdin, for the continuation (`… | docker run -i …`). */
  stdin: string;
  then?: AfterPull;
}

export type PullContinuation = (cx: CommandContext, payload: unknown) => number;

const continuations: Record<string, PullContinuation> = {};

/** `docker run`/`create` register what they do with the image after a played-out pull. */
export function registerAfterPull(kind: string, fn: PullContinuation): void {
  continuations[kind] = fn;
}

/**
 * Whether a pull can be played out as a foreground job: a terminal watches it (stdout is a TTY)
 * and the command holds the terminal (not `cmd &`, not a container's own script).
 */
export function canPlayPull(cx: CommandContext): boolean {
  if (!cx.isTty) return false;
  const rt = runtimeOf(cx);
  return rt.jobsAllowed && rt.bgJob === null;
}

export function startPullJob(cx: CommandContext, startedAt: number, data: Omit<PullJobData, 'drawn' | 'stdin'>): void {
  const job: Job = { kind: PULL_JOB, startedAt, data: { ...data, drawn: 0, stdin: cx.stdin } satisfies PullJobData };
  cx.startJob(job);
}

/** The command context the continuation runs in: the terminal's top frame, after the pull. */
function continuationContext(jx: JobContext, job: Job, data: PullJobData): { cx: CommandContext; started: { job: Job | null } } {
  const started: { job: Job | null } = { job: null };
  const { terminal } = jx;
  const cx: CommandContext = {
    ctx: jx.ctx,
    terminal,
    frame: terminal.frames[terminal.frames.length - 1],
    host: jx.host,
    profile: jx.profile,
    stdin: data.stdin,
    isTty: true,
    out: jx.out,
    err: jx.err,
    startJob: (next) => {
      started.job = job.host !== undefined && next.host === undefined ? { ...next, host: job.host } : next;
    },
    pushFrame: (frame) => void terminal.frames.push(job.host !== undefined && frame.host === undefined ? { ...frame, host: job.host } : frame),
    runNested: () => {
      throw new Error('no nested command line after a pull');
    },
  };
  return { cx, started };
}

export const pullJob: JobHandler = {
  kind: PULL_JOB,
  step(jx: JobContext, job: Job): JobStep {
    const data = job.data as PullJobData;
    const elapsed = jx.ctx.world.now - job.startedAt;
    if (elapsed < data.durationMs) {
      if (jx.transient) {
        const frame = progressFrame(data.layers, elapsed, data.drawn, jx.cols);
        jx.transient(data.stream, frame.text);
        data.drawn = frame.rows;
      }
      return { done: false };
    }
    if (data.drawn > 0) jx.transient?.(data.stream, eraseBlock(data.drawn));
    data.drawn = 0;
    (data.stream === 'stdout' ? jx.out : jx.err)(data.finalText);
    const then = data.then;
    const go = then ? continuations[then.kind] : undefined;
    if (!then || !go) return { done: true, exitCode: 0 };
    const { cx, started } = continuationContext(jx, job, data);
    const exitCode = go(cx, then.payload);
    if (started.job) {
      // The run goes on attached: that job takes the terminal, and the line waits for it.
      jx.terminal.job = started.job;
      return { done: false };
    }
    return { done: true, exitCode };
  },
  // The CLI stops; the daemon would finish the pull (here the image is already registered).
  interrupt: () => 130,
  endsAt: (job) => job.startedAt + (job.data as PullJobData).durationMs,
};
