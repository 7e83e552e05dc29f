// Images users pushed to the simulated Hub (world.registry), seen the way `docker pull` sees a
// hub catalog image, so the one pull path prints the same lines for both (`Already exists` for
// layers the host has, `Pull complete` for the others).
import type { CatalogImage, CatalogStep } from '../hub/catalogTypes';
import type { World } from '../world';
import { getLayerInfo } from './layerInfo';

export function hasPushedRepo(world: World, path: string): boolean {
  return !!world.registry?.[path];
}

/** The pushed tag as a catalog entry (undefined when that user repository has no such tag). */
export function findPushedImage(world: World, repo: string, path: string, tag: string): CatalogImage | undefined {
  const manifest = world.registry?.[path]?.tags[tag];
  if (!manifest) return undefined;
  const { image } = manifest;
  const layers = [...image.layers];
  const layerOf = (digest: string, created: number) => {
    const info = getLayerInfo(world, digest);
    return { digest, diffId: info.diffId, size: info.size, compressed: info.compressed, created, files: {} };
  };
  const steps: CatalogStep[] = image.history.map((h) => {
    const digest = h.emptyLayer ? undefined : layers.shift();
    return { createdBy: h.createdBy, created: h.created, ...(h.comment ? { comment: h.comment } : {}), ...(digest ? { layer: layerOf(digest, h.created) } : {}) };
  });
  // Layers the history did not account for still belong to the image.
  for (const digest of layers) steps.push({ createdBy: '', created: image.created, layer: layerOf(digest, image.created) });
  return {
    era: world.profile,
    repo,
    tags: [tag],
    id: image.id,
    repoDigest: manifest.digest,
    created: image.created,
    steps,
    config: image.config,
    dockerVersion: '',
    author: '',
    os: image.os,
    architecture: image.architecture,
  };
}
