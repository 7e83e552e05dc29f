// Layers of a pull the terminal is still playing out. The engine registers a pulled image at
// once; the shell's pull job then plays the pull's timeline on the virtual clock, and its data
// (plain JSON in the world) says when each layer downloads and extracts. The view reads it so
// the layers fill in step with the progress bars in the terminal.
import type { LayerProgress, World } from '../../engine';

/** The shell's job kind for a pull on a TTY (shell/jobs/dockerJobs/pullJob.ts PULL_JOB). */
const PULL_JOB = 'docker-pull';

export interface LayerTransfer {
  /** Share of the download done, 0..1. */
  progress: number;
  /** Docker's word for the layer's state now, as the terminal shows it. */
  status: 'Already exists' | 'Waiting' | 'Downloading' | 'Extracting' | 'Pull complete';
}

function isPullData(data: unknown): data is { layers: LayerProgress[] } {
  return typeof data === 'object' && data !== null && Array.isArray((data as { layers?: unknown }).layers);
}

export function pullProgress(world: World, host: string): Map<string, LayerTransfer> {
  const out = new Map<string, LayerTransfer>();
  for (const t of Object.values(world.terminals)) {
    const job = t.job;
    if (!job || job.kind !== PULL_JOB || (job.host ?? t.host) !== host || !isPullData(job.data)) continue;
    const at = world.now - job.startedAt;
    for (const l of job.data.layers) {
      if (l.states[0] === 'Already exists') {
        out.set(l.digest, { progress: 1, status: 'Already exists' });
        continue;
      }
      const span = Math.max(1, l.downloadedAt - l.downloadStartAt);
      const progress = Math.min(1, Math.max(0, (at - l.downloadStartAt) / span));
      const status = at < l.downloadStartAt ? 'Waiting' : at < l.downloadedAt ? 'Downloading' : at < l.extractedAt ? 'Extracting' : 'Pull complete';
      out.set(l.digest, { progress, status });
    }
  }
  return out;
}
