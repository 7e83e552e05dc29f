// The layer stack a container sees, top first: its writable layer, then its image's layers
// (stored bottom first on the image, so reversed here).
import { getLayerFiles } from '../images/layerFiles';
import type { World } from '../world';
import type { FsDir } from './fsTypes';
import { getContainerById } from '../tables/containerTable';

export function getContainerLayers(world: World, hostName: string, containerId: string): FsDir[] {
  const daemon = world.hosts[hostName].daemon;
  const container = getContainerById(daemon, containerId)!;
  const image = daemon.images[container.imageId];
  const lower = image ? [...image.layers].reverse().map((d) => getLayerFiles(world, d)) : [];
  return [container.rw, ...lower];
}
