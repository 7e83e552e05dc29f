// Rows for `docker images`: one per tag (untagged images as <none>), newest build first.
import type { World } from '../world';
import { referenceMatcher } from './referenceMatch';
import { listContainerRecords } from '../tables/containerTable';

export interface ImageRow {
  repository: string; // '<none>' when untagged
  tag: string; // '<none>' when untagged
  /** Repo digest for this repository ('sha256:…'), or '<none>'. */
  digest: string;
  id: string; // 64 hex
  created: number;
  size: number;
  /** Containers (any state) created from this image. */
  containers: number;
  dangling: boolean;
}

export interface ListImagesOptions {
  /** -a: include untagged intermediate images (parents of other images). */
  all?: boolean;
  /** REPOSITORY[:TAG] argument or reference filter. */
  reference?: string;
  /** -f dangling=true|false */
  dangling?: boolean;
}

export function listImages(world: World, host: string, opts: ListImagesOptions = {}): ImageRow[] {
  const daemon = world.hosts[host].daemon;
  const images = Object.values(daemon.images);
  const parents = new Set(images.map((i) => i.parent).filter(Boolean));
  const counts: Record<string, number> = {};
  for (const c of listContainerRecords(daemon)) counts[c.imageId] = (counts[c.imageId] ?? 0) + 1;
  const want = opts.reference ? referenceMatcher(world.profile, opts.reference) : undefined;
  const rows: ImageRow[] = [];
  for (const img of [...images].sort((a, b) => b.created - a.created || a.id.localeCompare(b.id))) {
    const tags = Object.keys(daemon.tags).filter((t) => daemon.tags[t] === img.id).sort();
    const dangling = tags.length === 0;
    if (opts.dangling !== undefined && opts.dangling !== dangling) continue;
    const base = { id: img.id, created: img.created, size: img.size, containers: counts[img.id] ?? 0, dangling };
    if (dangling) {
      if (want) continue;
      if (!opts.all && parents.has(img.id)) continue;
      const digest = img.repoDigests[0];
      rows.push({ ...base, repository: digest ? digest.split('@')[0] : '<none>', tag: '<none>', digest: digest ? digest.split('@')[1] : '<none>' });
      continue;
    }
    for (const t of tags) {
      const cut = t.lastIndexOf(':');
      const repository = t.slice(0, cut);
      const tag = t.slice(cut + 1);
      if (want && !want(t)) continue;
      const digest = img.repoDigests.find((d) => d.startsWith(`${repository}@`))?.split('@')[1] ?? '<none>';
      rows.push({ ...base, repository, tag, digest });
    }
  }
  return rows;
}
