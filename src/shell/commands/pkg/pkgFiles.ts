// Writing what a package manager installs into a container's writable layer. Installed trees are
// modelled by a few real-looking files, one of which carries the package's declared size, so that
// `docker diff`, `du`, `docker ps -s` and a built layer's SIZE grow as they do for real.
import { containerVfs } from '../../../engine/fs/containerVfs';
import { dirname, splitPath } from '../../../engine/fs/path';
import { getChild } from '../../../engine/fs/tree';
import type { Vfs } from '../../../engine/fs/vfs';
import { getContainerById } from '../../../engine/tables/containerTable';
import type { FsDir, FsNode } from '../../../engine/fs/fsTypes';
import type { World } from '../../../engine/world';

/** What `cat` shows of a binary: the ELF magic, as the image layers' binaries carry. */
const BINARY_MARKER = '\u007fELF\u0002\u0001\u0001';

export type PkgFile =
  | { path: string; text: string; mode?: number }
  /** A binary or data file whose content we do not model: a marker text and a declared size. */
  | { path: string; size: number; mode?: number }
  | { path: string; link: string };

export interface PkgTarget {
  host: string;
  containerId: string;
}

/** Writes the files into the container (parents made as needed); a later write replaces an earlier one. */
export function writePkgFiles(world: World, target: PkgTarget, files: PkgFile[]): void {
  const container = getContainerById(world.hosts[target.host]?.daemon, target.containerId);
  if (!container) return;
  const vfs = containerVfs(world, target.host, target.containerId);
  for (const f of files) {
    vfs.mkdir(dirname(f.path), { parents: true });
    if ('link' in f) {
      if (vfs.lstat(f.path)) vfs.remove(f.path, { recursive: true });
      vfs.symlink(f.link, f.path);
    } else if ('text' in f) {
      vfs.writeFile(f.path, f.text, { mode: f.mode });
    } else {
      vfs.writeFile(f.path, BINARY_MARKER, { mode: f.mode ?? 0o755 });
      declareSize(container.rw, f.path, f.size);
    }
  }
}

/** The writable layer holds the file just written: give it its declared size there. */
function declareSize(rw: FsDir, path: string, size: number): void {
  let node: FsNode | undefined = rw;
  for (const part of splitPath(path)) {
    if (!node || node.t !== 'd') return;
    node = getChild(node, part);
  }
  if (node && node.t === 'f') node.size = size;
}

/** Removes paths (recursively) when present, as an uninstall does. */
export function removePkgPaths(vfs: Vfs, paths: string[]): void {
  for (const p of paths) if (vfs.lstat(p)) vfs.remove(p, { recursive: true });
}
