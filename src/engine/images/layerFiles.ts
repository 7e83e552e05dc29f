// Layer contents as filesystem trees. Catalog layers are built once from their compact file sets
// and cached outside the world (they are immutable: never mutate a returned tree); layers built
// or committed here live in world.layerStore.
import type { FsDir, FsNode } from '../fs/fsTypes';
import { getCatalogLayer } from '../hub/catalog';
import type { FileEntry, FileSet } from '../hub/catalogTypes';
import type { World } from '../world';

const BINARY_MARKER = '\u007fELF\u0002\u0001\u0001';

const cache = new Map<string, FsDir>();

export function getLayerFiles(world: World, digest: string): FsDir {
  const cached = cache.get(digest);
  if (cached) return cached;
  const layer = getCatalogLayer(digest);
  if (layer) {
    const tree = buildTree(layer.files, layer.created);
    cache.set(digest, tree);
    return tree;
  }
  return world.layerStore[digest]?.files ?? { t: 'd', mode: 0o755, mtime: 0, c: {} };
}

function toNode(entry: FileEntry, mtime: number): FsNode {
  if (typeof entry === 'string') return { t: 'f', mode: 0o644, mtime, data: entry };
  if ('bin' in entry) return { t: 'f', mode: 0o755, mtime, data: BINARY_MARKER, size: entry.bin };
  if ('script' in entry) return { t: 'f', mode: 0o755, mtime, data: entry.script };
  if ('text' in entry) return { t: 'f', mode: entry.mode, mtime, data: entry.text };
  if ('link' in entry) return { t: 'l', mode: 0o777, mtime, target: entry.link };
  return { t: 'd', mode: entry.dir, mtime, c: {} };
}

/** Builds a tree from absolute paths; missing parents become 0755 directories. */
export function buildTree(files: FileSet, mtime: number): FsDir {
  const root: FsDir = { t: 'd', mode: 0o755, mtime, c: {} };
  for (const path of Object.keys(files).sort()) {
    const parts = path.split('/').filter(Boolean);
    let dir = root;
    for (const part of parts.slice(0, -1)) {
      let next = dir.c[part];
      if (!next || next.t !== 'd') {
        next = { t: 'd', mode: 0o755, mtime, c: {} };
        dir.c[part] = next;
      }
      dir = next;
    }
    const name = parts[parts.length - 1];
    const node = toNode(files[path], mtime);
    const existing = dir.c[name];
    // An explicit directory entry keeps children added earlier and only sets the mode.
    if (node.t === 'd' && existing?.t === 'd') existing.mode = node.mode;
    else dir.c[name] = node;
  }
  return root;
}
