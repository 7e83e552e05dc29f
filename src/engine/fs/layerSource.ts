// Where a layer digest's file tree comes from. The image code owns that answer (getLayerFiles in
// ../images/layerFiles.ts, which also knows the hub catalog); until it is wired in with
// setLayerFilesSource, layers built or committed here are read from world.layerStore.
import type { World } from '../world';
import type { FsDir } from './fsTypes';

export type LayerFilesFn = (world: World, digest: string) => FsDir;

const EMPTY: FsDir = { t: 'd', mode: 0o755, mtime: 0, c: {} };

let source: LayerFilesFn = (world, digest) => world.layerStore[digest]?.files ?? EMPTY;

export function setLayerFilesSource(fn: LayerFilesFn): void {
  source = fn;
}

export function layerFilesOf(world: World, digest: string): FsDir {
  return source(world, digest);
}
