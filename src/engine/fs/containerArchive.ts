// The daemon's archive endpoints behind `docker cp`: GET /containers/{id}/archive hands out a
// path of the container's filesystem (as a tree here, a tar stream in Docker), PUT extracts one
// into a directory. Both work on stopped containers and go through containerVfs, so bind mounts
// and volumes are honoured and the writable layer records the change for `docker diff`.
import { findContainer } from '../containers/findContainer';
import { SimError } from '../errors';
import type { World } from '../world';
import { containerVfs } from './containerVfs';
import type { FsNode } from './fsTypes';
import { basename, normalizePath } from './path';
import { nodeSize } from './tree';
import { isVfsError, type Vfs } from './vfs';

/** One archive entry: the top-level name and what it holds. */
export interface ArchiveEntry {
  name: string;
  node: FsNode;
}

/** moby's containerFileNotFound: the path and the container as the client named them. */
function fileNotFound(path: string, container: string): SimError {
  return new SimError(`Could not find the file ${path} in container ${container}`, 'notFound');
}

/** A subtree read through any Vfs, as plain nodes (what a tar of the path would hold). */
export function readVfsTree(vfs: Vfs, path: string): FsNode {
  const st = vfs.lstat(path);
  if (!st) throw new SimError(`lstat ${path}: no such file or directory`, 'notFound');
  if (st.type === 'l') return { t: 'l', mode: st.mode, mtime: st.mtime, target: st.target ?? '' };
  if (st.type === 'f') return { t: 'f', mode: st.mode, mtime: st.mtime, data: vfs.readFile(path) };
  const c: Record<string, FsNode> = {};
  for (const name of vfs.readdir(path)) c[name] = readVfsTree(vfs, path === '/' ? `/${name}` : `${path}/${name}`);
  return { t: 'd', mode: st.mode, mtime: st.mtime, c };
}

/** Write a tree at `path` (its parent exists), merging into a directory already there, as tar does. */
export function writeVfsTree(vfs: Vfs, path: string, node: FsNode): void {
  if (node.t === 'w') return;
  if (node.t === 'd') {
    if (!vfs.isDir(path)) vfs.mkdir(path, { mode: node.mode });
    for (const [name, child] of Object.entries(node.c)) writeVfsTree(vfs, `${path === '/' ? '' : path}/${name}`, child);
    return;
  }
  if (vfs.lstat(path)) vfs.remove(path, { recursive: true });
  if (node.t === 'l') vfs.symlink(node.target, path);
  else vfs.writeFile(path, node.data, { mode: node.mode });
}

/** Bytes of the tar stream Docker sends for a tree: a 512-byte header per entry, data in 512-byte blocks, two zero blocks at the end. */
export function tarStreamSize(node: FsNode): number {
  const entries = (n: FsNode): number => {
    if (n.t === 'w') return 0;
    if (n.t === 'd') return 512 + Object.values(n.c).reduce((sum, child) => sum + entries(child), 0);
    if (n.t === 'l') return 512;
    return 512 + Math.ceil(nodeSize(n) / 512) * 512;
  };
  return entries(node) + 1024;
}

/** HEAD /containers/{id}/archive: the entry at a path, or undefined when it is missing. */
export function statContainerPath(world: World, hostName: string, ref: string, path: string): FsNode['t'] | undefined {
  const c = findContainer(world, hostName, ref);
  return containerVfs(world, hostName, c.id).stat(normalizePath(path))?.type;
}

/** GET /containers/{id}/archive?path=: the entry named as the path's last element. */
export function readContainerArchive(world: World, hostName: string, ref: string, path: string): ArchiveEntry {
  const c = findContainer(world, hostName, ref);
  const vfs = containerVfs(world, hostName, c.id);
  const abs = normalizePath(`/${path}`);
  if (!vfs.lstat(abs)) throw fileNotFound(path, ref);
  return { name: basename(abs), node: readVfsTree(vfs, abs) };
}

/**
 * PUT /containers/{id}/archive?path=DIR: extract entries into an existing directory. A read-only
 * mount refuses as the daemon does before it extracts anything.
 */
export function extractToContainer(world: World, hostName: string, ref: string, dir: string, entries: ArchiveEntry[]): void {
  const c = findContainer(world, hostName, ref);
  const vfs = containerVfs(world, hostName, c.id);
  const abs = normalizePath(`/${dir}`);
  const st = vfs.stat(abs);
  if (!st) throw fileNotFound(dir, ref);
  if (st.type !== 'd') throw new SimError('extraction point is not a directory', 'invalid');
  try {
    for (const e of entries) writeVfsTree(vfs, abs === '/' ? `/${e.name}` : `${abs}/${e.name}`, e.node);
  } catch (e) {
    if (isVfsError(e) && e.code === 'EROFS') throw new SimError('mounted volume is marked read-only', 'forbidden');
    throw e;
  }
}
