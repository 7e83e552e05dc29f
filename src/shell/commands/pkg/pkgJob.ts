// Plays a package manager's timeline on the virtual clock as a foreground job: each chunk
// appears when the clock reaches it; the files land when it ends. Ctrl-C stops it with nothing
// installed (the downloads were in a temporary directory).
import type { Job } from '../../../engine/world';
import { registerJobHandler } from '../../jobs/registry';
import { runtimeOf } from '../../interp/runtime';
import type { CommandContext, JobHandler } from '../../types';
import { removePkgPaths, writePkgFiles } from './pkgFiles';
import { containerVfs } from '../../../engine/fs/containerVfs';
import type { World } from '../../../engine/world';
import type { PkgEffect, Timeline, TimedChunk } from './timeline';

export const PKG_JOB = 'pkg';

interface PkgJobData {
  startedAt: number;
  chunks: TimedChunk[];
  next: number;
  endsAt: number;
  exitCode: number;
  effect?: PkgEffect;
}

export function applyEffect(world: World, effect: PkgEffect): void {
  if (effect.remove.length > 0) removePkgPaths(containerVfs(world, effect.host, effect.containerId), effect.remove);
  writePkgFiles(world, effect, effect.files);
}

export const pkgJob: JobHandler = {
  kind: PKG_JOB,
  step(jx, job: Job) {
    const data = job.data as PkgJobData;
    const elapsed = jx.ctx.world.now - data.startedAt;
    while (data.next < data.chunks.length && data.chunks[data.next].at <= elapsed) {
      const c = data.chunks[data.next++];
      if (c.stream === 'stdout') jx.out(c.text);
      else jx.err(c.text);
    }
    if (jx.ctx.world.now < data.endsAt) return { done: false };
    if (data.effect) applyEffect(jx.ctx.world, data.effect);
    return { done: true, exitCode: data.exitCode };
  },
  interrupt: () => 130,
  endsAt: (job) => (job.data as PkgJobData).endsAt,
};

registerJobHandler(pkgJob);

/**
 * Finish a package command: as a job on a live terminal, else printed at once and applied now
 * (a build's RUN step or a container's own script has no clock to wait on; a redirect no viewer).
 */
export function playTimeline(cx: CommandContext, tl: Timeline, exitCode: number, effect?: PkgEffect): number {
  const rt = runtimeOf(cx);
  if (rt.jobsAllowed && cx.isTty && tl.now > 0) {
    const now = cx.ctx.world.now;
    // What the tool prints before its first wait shows at once, with the command line.
    let next = 0;
    while (next < tl.chunks.length && tl.chunks[next].at <= 0) {
      const c = tl.chunks[next++];
      if (c.stream === 'stdout') cx.out(c.text);
      else cx.err(c.text);
    }
    const data: PkgJobData = { startedAt: now, chunks: tl.chunks, next, endsAt: now + tl.now, exitCode, ...(effect ? { effect } : {}) };
    cx.startJob({ kind: PKG_JOB, startedAt: now, data });
    return exitCode;
  }
  for (const c of tl.chunks) {
    if (c.stream === 'stdout') cx.out(c.text);
    else cx.err(c.text);
  }
  if (effect && exitCode === 0) applyEffect(cx.ctx.world, effect);
  return exitCode;
}
