// Facts about a layer wherever it came from: the hub catalog or this world's layer store.
import { getCatalogLayer } from '../hub/catalog';
import { fakeSha256 } from '../hub/fakeSha256';
import type { World } from '../world';

export interface LayerInfo {
  digest: string;
  diffId: string;
  size: number;
  compressed: number;
}

export function getLayerInfo(world: World, digest: string): LayerInfo {
  const cat = getCatalogLayer(digest);
  if (cat) return { digest, diffId: cat.diffId, size: cat.size, compressed: cat.compressed };
  const rec = world.layerStore[digest];
  if (rec) return { digest, diffId: rec.diffId, size: rec.size, compressed: rec.size };
  return { digest, diffId: digest, size: 0, compressed: 0 };
}

/** Chain ids of an image's layer stack, bottom first (what `rmi` prints as Deleted layers). */
export function chainIds(world: World, layers: string[]): string[] {
  const out: string[] = [];
  for (const d of layers) {
    const diffId = getLayerInfo(world, d).diffId;
    out.push(out.length === 0 ? diffId : `sha256:${fakeSha256(`${out[out.length - 1]} ${diffId}`)}`);
  }
  return out;
}
