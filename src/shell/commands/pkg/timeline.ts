// Output a package manager prints over time: downloads take a while on the virtual clock. Built
// as data first, then either played out by a foreground job (pkgJob.ts) or printed at once
// where nobody waits on the clock (a build's RUN step, a redirected command).
import type { PkgFile } from './pkgFiles';

export interface TimedChunk {
  /** ms after the command started. */
  at: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

/** What the command does to the container's filesystem once it finishes successfully. */
export interface PkgEffect {
  host: string;
  containerId: string;
  remove: string[];
  files: PkgFile[];
}

export class Timeline {
  now = 0;
  readonly chunks: TimedChunk[] = [];

  out(text: string): this {
    this.chunks.push({ at: this.now, stream: 'stdout', text });
    return this;
  }

  err(text: string): this {
    this.chunks.push({ at: this.now, stream: 'stderr', text });
    return this;
  }

  wait(ms: number): this {
    this.now += Math.max(0, Math.round(ms));
    return this;
  }
}
