// A build on a terminal: the engine has already done the work; this foreground job plays the
// timeline out on the virtual clock — classic lines as their step gets there, BuildKit's view
// redrawn in place (transient chunks) — and tags the image when the build ends. Ctrl-C stops it:
// no tag, and the images the build had not reached yet go again.
import { discardBuildImages } from '../../../engine/build';
import { emit, type Ctx } from '../../../engine/ctx';
import { hostVfs } from '../../../engine/fs/hostVfs';
import { isVfsError } from '../../../engine/fs/vfs';
import { tagImage } from '../../../engine/images';
import type { Job } from '../../../engine/world';
import type { TimedChunk } from '../../commands/docker/buildClassicOutput';
import { buildKitFrame, type BuildKitView } from '../../commands/docker/buildKitDisplay';
import type { JobContext, JobHandler, JobStep } from '../../types';
import { eraseBlock } from './pullProgressFrame';

export const BUILD_JOB = 'docker-build';

export interface BuildJobData {
  chunks: TimedChunk[];
  /** Index of the next chunk to print. */
  next: number;
  durationMs: number;
  exitCode: number;
  imageId?: string;
  tags: string[];
  created: { imageId: string; at: number }[];
  /** BuildKit: the view redrawn while the build runs, and drawn once more, final, at its end. */
  view?: BuildKitView;
  /** BuildKit: what follows the final frame (a failure's log box and error). */
  tail?: string;
  drawn: number;
  /** The daemon the build ran on. */
  host: string;
  /** Layers the build made: announced with the image when it ends. */
  newLayers?: string[];
  /** --iidfile: where the client writes the image id (on its own host). */
  iidfile?: { host: string; path: string };
}

/** The CLI writes `sha256:<id>` with no newline; a path it cannot write is not the build's failure here. */
function writeIidFile(ctx: Ctx, file: { host: string; path: string }, imageId: string): void {
  try {
    hostVfs(ctx.world, file.host).writeFile(file.path, `sha256:${imageId}`);
  } catch (e) {
    if (!isVfsError(e)) throw e;
  }
}

/** Prints what is due, tags at the end: shared by the job and by builds without a terminal. */
export function finishBuild(jx: Pick<JobContext, 'ctx' | 'out' | 'err' | 'cols'>, data: BuildJobData, elapsed: number): void {
  const ended = elapsed >= data.durationMs;
  if (ended && data.view) jx.err(buildKitFrame(data.view, data.durationMs, jx.cols, 'final').text + (data.tail ?? ''));
  while (data.next < data.chunks.length && (ended || data.chunks[data.next].at <= elapsed)) {
    const c = data.chunks[data.next++];
    (c.stream === 'stdout' ? jx.out : jx.err)(c.text);
  }
  if (ended && data.imageId && data.exitCode === 0) {
    for (const tag of data.tags) tagImage(jx.ctx, data.host, data.imageId, tag);
    if (data.iidfile) writeIidFile(jx.ctx, data.iidfile, data.imageId);
    // With the tags, in the same batch: the views show the last batch, so the layers this build
    // made (and, by their absence, the CACHED ones) stay marked once the build has ended.
    for (const digest of data.newLayers ?? []) emit(jx.ctx, { type: 'layer.created', host: data.host, digest });
    emit(jx.ctx, { type: 'image.built', host: data.host, imageId: data.imageId });
  }
}

export const buildJob: JobHandler = {
  kind: BUILD_JOB,
  step(jx: JobContext, job: Job): JobStep {
    const data = job.data as BuildJobData;
    const elapsed = jx.ctx.world.now - job.startedAt;
    if (elapsed < data.durationMs) {
      if (data.view) {
        if (jx.transient) {
          const frame = buildKitFrame(data.view, elapsed, jx.cols);
          jx.transient('stderr', eraseBlock(data.drawn) + frame.text);
          data.drawn = frame.rows;
        }
        return { done: false };
      }
      finishBuild(jx, data, elapsed);
      return { done: false };
    }
    if (data.drawn > 0) jx.transient?.('stderr', eraseBlock(data.drawn));
    data.drawn = 0;
    finishBuild(jx, data, elapsed);
    return { done: true, exitCode: data.exitCode };
  },
  interrupt(jx: JobContext, job: Job): number {
    const data = job.data as BuildJobData;
    const elapsed = jx.ctx.world.now - job.startedAt;
    if (data.drawn > 0) jx.transient?.('stderr', eraseBlock(data.drawn));
    discardBuildImages(jx.ctx, data.host, data.created, elapsed);
    if (data.view) {
      const frame = buildKitFrame(data.view, elapsed, jx.cols, 'canceled');
      jx.err(`${frame.text}ERROR: failed to solve: Canceled: context canceled\n`);
    }
    return data.view ? 1 : 130;
  },
  endsAt: (job) => job.startedAt + (job.data as BuildJobData).durationMs,
};
