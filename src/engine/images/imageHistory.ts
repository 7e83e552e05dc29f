// Rows for `docker history`: newest step first. A step shows an image id only where a local image
// ends there (the image itself, its build parents); pulled history shows `<missing>`.
import type { World } from '../world';
import { resolveImage } from './findImage';

export interface HistoryRow {
  /** 'sha256:<64hex>' or '<missing>'. */
  id: string;
  created: number;
  createdBy: string;
  size: number;
  comment: string;
  emptyLayer: boolean;
}

export function imageHistory(world: World, host: string, ref: string): HistoryRow[] {
  const daemon = world.hosts[host].daemon;
  const image = resolveImage(world, host, ref);
  const owners = new Map<number, string>();
  for (let img: typeof image | undefined = image; img; img = img.parent ? daemon.images[img.parent] : undefined) {
    owners.set(img.history.length - 1, img.id);
  }
  return image.history
    .map((h, i) => ({
      id: owners.has(i) ? `sha256:${owners.get(i)}` : '<missing>',
      created: h.created,
      createdBy: h.createdBy,
      size: h.size,
      comment: h.comment ?? '',
      emptyLayer: h.emptyLayer,
    }))
    .reverse();
}
