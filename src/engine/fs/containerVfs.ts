// A container's filesystem: its writable layer over its image's layers.
// Volumes and bind mounts are not overlaid yet.
import type { World } from '../world';
import { getContainerLayers } from './containerLayers';
import { layeredVfs } from './layeredVfs';
import type { Vfs } from './vfs';

export function containerVfs(world: World, hostName: string, containerId: string): Vfs {
  return layeredVfs(getContainerLayers(world, hostName, containerId), () => world.now);
}
