// Helpers over one plain FsDir tree: node constructors, deep copies and sizes. The union view
// (layeredVfs.ts) builds on these; they never look at other layers.
import type { FsDir, FsFile, FsLink, FsNode } from './fsTypes';
import { VfsError } from './vfs';

export function makeDir(mtime: number, c: Record<string, FsNode> = {}, mode = 0o755): FsDir {
  return { t: 'd', mode, mtime, c };
}

export function makeFile(mtime: number, data: string, mode = 0o644): FsFile {
  return { t: 'f', mode, mtime, data };
}

export function makeLink(mtime: number, target: string): FsLink {
  return { t: 'l', mode: 0o777, mtime, target };
}

/** A child by name, never an inherited property ('constructor', 'toString' are file names too). */
export function getChild(dir: FsDir, name: string): FsNode | undefined {
  return Object.hasOwn(dir.c, name) ? dir.c[name] : undefined;
}

/** Sets a child by name. '__proto__' cannot be a key of plain JSON-ish records (nor of an immer draft). */
export function setChild(dir: FsDir, name: string, node: FsNode): void {
  if (name === '__proto__') throw new VfsError('EINVAL', name);
  dir.c[name] = node;
}

/** A deep copy that shares nothing with the original (immer drafts included). */
export function cloneNode<T extends FsNode>(node: T): T {
  if (node.t !== 'd') return { ...node };
  const c: Record<string, FsNode> = {};
  const copy: FsDir = { t: 'd', mode: node.mode, mtime: node.mtime, c };
  for (const [k, v] of Object.entries(node.c)) setChild(copy, k, cloneNode(v));
  if (node.opaque) copy.opaque = true;
  return copy as T;
}

/** Bytes as `ls -l` and `wc -c` count them: UTF-8 for text, the declared size for binaries. */
export function nodeSize(node: FsNode): number {
  switch (node.t) {
    case 'f':
      return node.size ?? utf8Length(node.data);
    case 'd':
      return 4096;
    case 'l':
      return utf8Length(node.target);
    default:
      return 0;
  }
}

export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Build a tree from a flat map of paths, for fixtures: 'etc/os-release' → text, 'bin/sh' → {link}. */
export function treeFromPaths(mtime: number, entries: Record<string, string | { link: string } | { dir: true } | { whiteout: true }>): FsDir {
  const root = makeDir(mtime);
  for (const [path, value] of Object.entries(entries)) {
    const parts = path.split('/').filter(Boolean);
    let dir = root;
    for (const part of parts.slice(0, -1)) {
      const next = getChild(dir, part);
      if (next && next.t === 'd') dir = next;
      else dir = dir.c[part] = makeDir(mtime);
    }
    const name = parts[parts.length - 1];
    if (typeof value === 'string') dir.c[name] = makeFile(mtime, value, path.includes('bin/') ? 0o755 : 0o644);
    else if ('link' in value) dir.c[name] = makeLink(mtime, value.link);
    else if ('whiteout' in value) dir.c[name] = { t: 'w' };
    else if (!getChild(dir, name)) dir.c[name] = makeDir(mtime);
  }
  return root;
}
