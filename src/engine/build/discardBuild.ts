// A build the user interrupted: the images it made after the point where it was stopped never
// came to be (the engine made them ahead of the played-out clock), so they go again.
import type { Ctx } from '../ctx';

export function discardBuildImages(ctx: Ctx, host: string, created: { imageId: string; at: number }[], elapsed: number): void {
  const daemon = ctx.world.hosts[host].daemon;
  const tagged = new Set(Object.values(daemon.tags));
  for (const { imageId, at } of [...created].reverse()) {
    if (at <= elapsed || tagged.has(imageId)) continue;
    if (Object.values(daemon.images).some((img) => img.parent === imageId)) continue;
    delete daemon.images[imageId];
  }
}
