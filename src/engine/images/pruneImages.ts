// `docker image prune [-a]`: dangling images (or, with -a, every image no container uses).
import type { Ctx } from '../ctx';
import { getLayerInfo } from './layerInfo';
import { removeImage } from './removeImage';
import { listContainerRecords } from '../tables/containerTable';

export interface PruneImagesResult {
  /** Lines under "Deleted Images:", lower-case as the CLI prints them: `untagged: …`, `deleted: sha256:…`. */
  lines: string[];
  spaceReclaimed: number;
}

export function pruneImages(ctx: Ctx, host: string, opts: { all?: boolean } = {}): PruneImagesResult {
  const { world } = ctx;
  const daemon = world.hosts[host].daemon;
  const used = new Set(listContainerRecords(daemon).map((c) => c.imageId));
  const parents = new Set(Object.values(daemon.images).map((i) => i.parent).filter(Boolean));
  const tagged = new Set(Object.values(daemon.tags));
  const victims = Object.values(daemon.images)
    .filter((i) => !used.has(i.id) && !parents.has(i.id) && (opts.all || !tagged.has(i.id)))
    .sort((a, b) => b.created - a.created)
    .map((i) => i.id);
  const layersBefore = new Set(Object.keys(daemon.layers));
  const lines: string[] = [];
  for (const id of victims) {
    if (!daemon.images[id]) continue;
    const out = removeImage(ctx, host, id, { force: true });
    lines.push(...out.map((l) => l.replace(/^Untagged:/, 'untagged:').replace(/^Deleted:/, 'deleted:')));
  }
  let spaceReclaimed = 0;
  for (const d of layersBefore) if (!daemon.layers[d]) spaceReclaimed += getLayerInfo(world, d).size;
  return { lines, spaceReclaimed };
}
