// What `docker diff` reports: the container's writable layer compared with its image.
import type { World } from '../world';
import { getContainerLayers } from './containerLayers';
import { diffLayers, type FsChange } from './diffLayers';

export type { FsChange } from './diffLayers';

export function diffContainer(world: World, host: string, containerId: string): FsChange[] {
  const [rw, ...lower] = getContainerLayers(world, host, containerId);
  return diffLayers(rw, lower);
}
