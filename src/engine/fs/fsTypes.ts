// Filesystem trees are plain JSON data so that a world snapshot can be saved, shared and diffed.
// The same node shapes serve the host's home filesystem, image layers and a container's writable layer.

export interface FsDir {
  t: 'd';
  mode: number; // permission bits, e.g. 0o755
  mtime: number; // virtual ms
  c: Record<string, FsNode>;
  /** In a layer diff: this directory hides everything below it in lower layers (overlayfs opaque dir). */
  opaque?: boolean;
}

export interface FsFile {
  t: 'f';
  mode: number;
  mtime: number;
  /** Text content. Binaries carry a short marker text and a declared `size`. */
  data: string;
  /** Declared size in bytes for files whose content we do not model (binaries). */
  size?: number;
}

export interface FsLink {
  t: 'l';
  mode: number;
  mtime: number;
  target: string;
}

/** A whiteout in a layer diff: the path was deleted relative to the layers below. */
export interface FsWhiteout {
  t: 'w';
}

export type FsNode = FsDir | FsFile | FsLink | FsWhiteout;
