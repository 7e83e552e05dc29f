// A union view over a stack of layer trees, top first, like overlayfs: layers[0] is the writable
// layer. Whiteouts (`t:'w'`) hide lower entries and `opaque` directories hide everything below
// them. Reads merge the stack; writes go to the top, copying parent directories up first;
// deleting something a lower layer has leaves a whiteout. With a single layer it is a plain tree.
import type { FsDir, FsNode } from './fsTypes';
import { splitPath } from './path';
import { cloneNode, getChild, makeDir, makeFile, makeLink, nodeSize, setChild } from './tree';
import { VfsError, type Vfs, type VfsErrorCode, type VfsStat } from './vfs';

/** A path as the union sees it: the top-most node, and for directories every layer's dir, top first. */
export interface UnionNode {
  node: FsNode;
  dirs: FsDir[];
}

const MAX_LINKS = 40;

export function lookupUnion(layers: FsDir[], parts: string[]): UnionNode | null {
  let dirs = layers;
  let top: FsNode = layers[0];
  for (const part of parts) {
    const next: FsDir[] = [];
    let found: FsNode | null = null;
    for (const d of dirs) {
      const n = getChild(d, part);
      if (!n) continue;
      if (n.t === 'w') break;
      if (n.t !== 'd') {
        if (!found) found = n;
        break;
      }
      if (!found) found = n;
      next.push(n);
      if (n.opaque) break;
    }
    if (!found) return null;
    top = found;
    dirs = found.t === 'd' ? next : [];
    if (found.t !== 'd' && part !== parts[parts.length - 1]) {
      // Only reached for non-final components; callers resolve links before descending.
      return { node: found, dirs: [] };
    }
  }
  return { node: top, dirs };
}

/** Merged children of a union directory, whiteouts applied. */
export function unionChildren(dirs: FsDir[]): Record<string, FsNode> {
  const out: Record<string, FsNode> = {};
  const hidden = new Set<string>();
  for (const d of dirs) {
    for (const [name, n] of Object.entries(d.c)) {
      if (Object.hasOwn(out, name) || hidden.has(name)) continue;
      if (n.t === 'w') hidden.add(name);
      else if (name !== '__proto__') out[name] = n;
    }
  }
  return out;
}

/** A plain tree copy of a union node (what `cp -r` reads, and copy-up writes). */
export function materialize(u: UnionNode): FsNode {
  if (u.node.t !== 'd') return cloneNode(u.node);
  const dir: FsDir = { t: 'd', mode: u.node.mode, mtime: u.node.mtime, c: {} };
  for (const name of Object.keys(unionChildren(u.dirs))) {
    const child = lookupUnion(u.dirs, [name]);
    if (child) setChild(dir, name, materialize(child));
  }
  return dir;
}

interface Resolved {
  parts: string[];
  u: UnionNode | null;
}

/** Why a path did not resolve, with the path as it stood then (after any symlinks). */
interface Unresolved {
  error: VfsErrorCode;
  path: string;
}

export function layeredVfs(layers: FsDir[], now: () => number): Vfs {
  // Failures come back as a code: stat() probes many missing paths ($PATH lookups), and building
  // an Error with its stack for each costs more than the walk.
  const tryResolve = (path: string, followLast: boolean, depth = 0): Resolved | Unresolved => {
    if (depth > MAX_LINKS) return { error: 'ELOOP', path };
    const comps = splitPath(path);
    const cur: string[] = [];
    for (let i = 0; i < comps.length; i++) {
      const comp = comps[i];
      const last = i === comps.length - 1;
      if (comp === '..') {
        cur.pop();
        continue;
      }
      const cand = [...cur, comp];
      const u = lookupUnion(layers, cand);
      if (!u) {
        if (last) return { parts: cand, u: null };
        return { error: 'ENOENT', path };
      }
      if (u.node.t === 'l' && (!last || followLast)) {
        const t = u.node.target;
        const base = t.startsWith('/') ? t : `/${cur.join('/')}/${t}`;
        const rest = comps.slice(i + 1).join('/');
        return tryResolve(rest ? `${base}/${rest}` : base, followLast, depth + 1);
      }
      if (u.node.t !== 'd' && !last) return { error: 'ENOTDIR', path };
      cur.push(comp);
    }
    return { parts: cur, u: lookupUnion(layers, cur) };
  };
  const resolve = (path: string, followLast: boolean): Resolved => {
    const r = tryResolve(path, followLast);
    if ('error' in r) throw new VfsError(r.error, r.path);
    return r;
  };
  const statPath = (path: string, followLast: boolean): VfsStat | null => {
    const r = tryResolve(path, followLast);
    return 'error' in r ? null : statOf(r.u);
  };

  const statOf = (u: UnionNode | null): VfsStat | null => {
    if (!u || u.node.t === 'w') return null;
    const n = u.node;
    return { type: n.t, mode: n.mode, mtime: n.mtime, size: nodeSize(n), ...(n.t === 'l' ? { target: n.target } : {}) };
  };

  /** The top layer's directory at `parts`, copying each missing directory up from below. */
  const writableDir = (parts: string[]): FsDir => {
    let dir = layers[0];
    for (let i = 0; i < parts.length; i++) {
      const existing = getChild(dir, parts[i]);
      if (existing && existing.t === 'd') {
        dir = existing;
        continue;
      }
      const below = lookupUnion(layers, parts.slice(0, i + 1))?.node;
      const copy = below && below.t !== 'w' ? makeDir(below.mtime, {}, below.mode) : makeDir(now());
      setChild(dir, parts[i], copy);
      dir = copy;
    }
    return dir;
  };

  const inLower = (parts: string[]): boolean => layers.length > 1 && lookupUnion(layers.slice(1), parts) !== null;

  /** Put a node into the top layer at `parts` (parent must exist in the union). */
  const place = (parts: string[], node: FsNode): void => {
    const parent = writableDir(parts.slice(0, -1));
    const name = parts[parts.length - 1];
    if (node.t === 'd' && (getChild(parent, name)?.t === 'w' || inLower(parts))) node.opaque = true;
    setChild(parent, name, node);
    parent.mtime = now();
  };

  const unlink = (parts: string[]): void => {
    const parent = writableDir(parts.slice(0, -1));
    const name = parts[parts.length - 1];
    if (inLower(parts)) setChild(parent, name, { t: 'w' });
    else delete parent.c[name];
    parent.mtime = now();
  };

  const parentMustBeDir = (path: string, parts: string[]): void => {
    const p = lookupUnion(layers, parts.slice(0, -1));
    if (!p) throw new VfsError('ENOENT', path);
    if (p.node.t !== 'd') throw new VfsError('ENOTDIR', path);
  };

  const vfs: Vfs = {
    stat: (path) => statPath(path, true),
    lstat: (path) => statPath(path, false),
    exists: (path) => vfs.stat(path) !== null,
    isDir: (path) => vfs.stat(path)?.type === 'd',
    readFile(path) {
      const { u } = resolve(path, true);
      if (!u) throw new VfsError('ENOENT', path);
      if (u.node.t === 'd') throw new VfsError('EISDIR', path);
      return u.node.t === 'f' ? u.node.data : '';
    },
    writeFile(path, data, options = {}) {
      const { parts, u } = resolve(path, true);
      if (u && u.node.t === 'd') throw new VfsError('EISDIR', path);
      if (parts.length === 0) throw new VfsError('EISDIR', path);
      parentMustBeDir(path, parts);
      const old = u && u.node.t === 'f' ? u.node : null;
      const text = options.append && old ? old.data + data : data;
      const file = makeFile(now(), text, old ? old.mode : (options.mode ?? 0o644));
      place(parts, file);
    },
    mkdir(path, options = {}) {
      if (options.parents) {
        const comps = splitPath(path);
        let prefix = '';
        comps.forEach((comp, i) => {
          prefix += '/' + comp;
          const st = vfs.stat(prefix);
          if (!st) vfs.mkdir(prefix, { mode: options.mode });
          else if (st.type !== 'd') throw new VfsError(i === comps.length - 1 ? 'EEXIST' : 'ENOTDIR', path);
        });
        return;
      }
      const { parts, u } = resolve(path, true);
      if (u) throw new VfsError('EEXIST', path);
      parentMustBeDir(path, parts);
      place(parts, makeDir(now(), {}, options.mode ?? 0o755));
    },
    readdir(path) {
      const { u } = resolve(path, true);
      if (!u) throw new VfsError('ENOENT', path);
      if (u.node.t !== 'd') throw new VfsError('ENOTDIR', path);
      return Object.keys(unionChildren(u.dirs)).sort(byteCompare);
    },
    remove(path, options = {}) {
      const { parts, u } = resolve(path, false);
      if (!u) throw new VfsError('ENOENT', path);
      if (u.node.t === 'd' && !options.recursive) throw new VfsError('EISDIR', path);
      if (parts.length === 0) throw new VfsError('EINVAL', path);
      unlink(parts);
    },
    rename(from, to) {
      const src = resolve(from, false);
      if (!src.u) throw new VfsError('ENOENT', from);
      const dst = resolve(to, true);
      if (dst.u && dst.u.node.t === 'd' && src.u.node.t !== 'd') throw new VfsError('EISDIR', to);
      if (dst.u && dst.u.node.t === 'd' && Object.keys(unionChildren(dst.u.dirs)).length > 0) throw new VfsError('ENOTEMPTY', to);
      if (dst.parts.join('/').startsWith(src.parts.join('/') + '/')) throw new VfsError('EINVAL', to);
      parentMustBeDir(to, dst.parts);
      const node = materialize(src.u);
      unlink(src.parts);
      place(dst.parts, node);
    },
    copy(from, to, options = {}) {
      const src = resolve(from, true);
      if (!src.u) throw new VfsError('ENOENT', from);
      if (src.u.node.t === 'd' && !options.recursive) throw new VfsError('EISDIR', from);
      const dst = resolve(to, true);
      if (dst.u && dst.u.node.t === 'd' && src.u.node.t !== 'd') throw new VfsError('EISDIR', to);
      parentMustBeDir(to, dst.parts);
      const node = materialize(src.u);
      stampTree(node, now());
      place(dst.parts, node);
    },
    touch(path) {
      const { parts, u } = resolve(path, true);
      if (!u) {
        parentMustBeDir(path, parts);
        place(parts, makeFile(now(), ''));
        return;
      }
      if (u.node.t === 'd') {
        // Touching a directory must not copy its whole subtree up: copy up the dir alone.
        writableDir(parts).mtime = now();
        return;
      }
      const copy = cloneNode(u.node);
      if (copy.t !== 'w') copy.mtime = now();
      place(parts, copy);
    },
    symlink(target, path) {
      const { parts, u } = resolve(path, false);
      if (u) throw new VfsError('EEXIST', path);
      parentMustBeDir(path, parts);
      place(parts, makeLink(now(), target));
    },
  };
  return vfs;
}

function stampTree(node: FsNode, mtime: number): void {
  if (node.t === 'w') return;
  node.mtime = mtime;
  if (node.t === 'd') for (const c of Object.values(node.c)) stampTree(c, mtime);
}

export function byteCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
