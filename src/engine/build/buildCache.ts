// The cache, keyed as Docker keys it. Classic: an existing image whose parent is the step's base
// and whose last history entry and config match (imageProber.Probe); the command string for RUN,
// the content checksum (inside `COPY dir:<hash> in /app `) for COPY/ADD. BuildKit: a chain of keys
// (base, then each filesystem step's instruction and inputs) in the daemon's build cache.
import { fakeSha256 } from '../hub/fakeSha256';
import type { BuildCacheRecord, Image, ImageConfig, World } from '../world';

export function sameConfig(a: ImageConfig, b: ImageConfig): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function probeClassic(world: World, host: string, parentId: string, historyLength: number, createdBy: string, config: ImageConfig): Image | undefined {
  for (const img of Object.values(world.hosts[host].daemon.images)) {
    if (img.parent !== parentId || img.history.length !== historyLength + 1) continue;
    if (img.history[historyLength].createdBy !== createdBy) continue;
    if (sameConfig(img.config, config)) return img;
  }
  return undefined;
}

export function chainKey(previous: string, descriptor: string): string {
  return fakeSha256(`${previous}\n${descriptor}`);
}

export function probeBuildKit(world: World, host: string, key: string): BuildCacheRecord | undefined {
  return world.hosts[host].daemon.buildCache?.[key];
}

export function recordBuildKit(world: World, host: string, key: string, record: BuildCacheRecord): void {
  const daemon = world.hosts[host].daemon;
  daemon.buildCache ??= {};
  daemon.buildCache[key] = record;
}
