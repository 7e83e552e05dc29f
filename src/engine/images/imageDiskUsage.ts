// Numbers for `docker system df` (Images row and -v table).
import type { World } from '../world';
import { getLayerInfo } from './layerInfo';
import { listContainerRecords } from '../tables/containerTable';

export interface ImageUsage {
  id: string;
  size: number;
  /** Bytes of layers this image shares with another local image. */
  sharedSize: number;
  uniqueSize: number;
  containers: number;
}

export interface ImageDiskUsage {
  total: number;
  active: number;
  /** Bytes of all local layers, each counted once. */
  size: number;
  /** Bytes freed by removing every image no container uses. */
  reclaimable: number;
  images: ImageUsage[];
}

export function imageDiskUsage(world: World, host: string): ImageDiskUsage {
  const daemon = world.hosts[host].daemon;
  const images = Object.values(daemon.images);
  const layerUsers: Record<string, number> = {};
  for (const img of images) for (const d of new Set(img.layers)) layerUsers[d] = (layerUsers[d] ?? 0) + 1;
  const counts: Record<string, number> = {};
  for (const c of listContainerRecords(daemon)) counts[c.imageId] = (counts[c.imageId] ?? 0) + 1;
  const size = Object.keys(layerUsers).reduce((s, d) => s + getLayerInfo(world, d).size, 0);
  const activeLayers = new Set(images.filter((i) => counts[i.id]).flatMap((i) => i.layers));
  const activeSize = [...activeLayers].reduce((s, d) => s + getLayerInfo(world, d).size, 0);
  return {
    total: images.length,
    active: images.filter((i) => counts[i.id]).length,
    size,
    reclaimable: size - activeSize,
    images: images.map((img) => {
      const shared = [...new Set(img.layers)].filter((d) => layerUsers[d] > 1).reduce((s, d) => s + getLayerInfo(world, d).size, 0);
      return { id: img.id, size: img.size, sharedSize: shared, uniqueSize: img.size - shared, containers: counts[img.id] ?? 0 };
    }),
  };
}
