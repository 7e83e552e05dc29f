// Mounts over a root filesystem, as the kernel's mount table puts bind mounts and volumes over a
// container's rootfs: a path under a mount's destination is served by the mount's own
// filesystem (a host directory, a volume's tree), the deepest mount winning. Directories leading
// to a mount point exist even when the image has none (Docker creates them). Read-only mounts
// refuse every change with EROFS; moving between mounts copies and deletes, as mv does on EXDEV.
import { normalizePath, splitPath } from './path';
import { byteCompare } from './layeredVfs';
import { VfsError, isVfsError, type Vfs, type VfsStat } from './vfs';

export interface VfsMount {
  /** Absolute, normalized path inside the container. */
  destination: string;
  /** The mounted filesystem; its '/' is the mount point. */
  vfs: Vfs;
  readOnly: boolean;
}

interface Routed {
  vfs: Vfs;
  rel: string;
  readOnly: boolean;
  /** The path is the mount point itself. */
  isMountPoint: boolean;
  mount?: VfsMount;
}

/** A directory of a filesystem as its own root: what a bind mount of `source` shows. */
export function subtreeVfs(inner: Vfs, source: string): Vfs {
  const base = normalizePath(source);
  const at = (path: string): string => (base === '/' ? normalizePath(path) : normalizePath(`${base}/${path}`));
  return {
    stat: (p) => inner.stat(at(p)),
    lstat: (p) => inner.lstat(at(p)),
    exists: (p) => inner.exists(at(p)),
    isDir: (p) => inner.isDir(at(p)),
    readFile: (p) => inner.readFile(at(p)),
    writeFile: (p, data, options) => inner.writeFile(at(p), data, options),
    mkdir: (p, options) => inner.mkdir(at(p), options),
    readdir: (p) => inner.readdir(at(p)),
    remove: (p, options) => inner.remove(at(p), options),
    rename: (from, to) => inner.rename(at(from), at(to)),
    copy: (from, to, options) => inner.copy(at(from), at(to), options),
    touch: (p) => inner.touch(at(p)),
    symlink: (target, p) => inner.symlink(target, at(p)),
  };
}

export function mountedVfs(root: Vfs, mounts: readonly VfsMount[]): Vfs {
  if (mounts.length === 0) return root;
  const sorted = [...mounts].sort((a, b) => b.destination.length - a.destination.length);

  const route = (path: string): Routed => {
    const p = normalizePath(path);
    for (const m of sorted) {
      if (p === m.destination) return { vfs: m.vfs, rel: '/', readOnly: m.readOnly, isMountPoint: true, mount: m };
      if (m.destination === '/' || p.startsWith(`${m.destination}/`)) {
        const rel = m.destination === '/' ? p : p.slice(m.destination.length);
        return { vfs: m.vfs, rel, readOnly: m.readOnly, isMountPoint: false, mount: m };
      }
    }
    return { vfs: root, rel: p, readOnly: false, isMountPoint: false };
  };

  /** Errors name the path the caller gave, never the host path behind a bind mount. */
  const named = <T>(path: string, fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      if (isVfsError(e) && e.path !== path) throw new VfsError(e.code, path);
      throw e;
    }
  };

  const writable = (path: string): Routed => {
    const r = route(path);
    if (r.readOnly) throw new VfsError('EROFS', path);
    return r;
  };

  /** Names of mount points directly inside the directory `p` (normalized). */
  const mountChildren = (p: string): string[] => {
    const depth = splitPath(p).length;
    const names: string[] = [];
    for (const m of mounts) {
      const parts = splitPath(m.destination);
      if (parts.length <= depth) continue;
      if (p !== '/' && !m.destination.startsWith(`${p}/`)) continue;
      names.push(parts[depth]);
    }
    return names;
  };

  const leadsToMount = (p: string): boolean => mountChildren(p).length > 0;
  const syntheticDir: VfsStat = { type: 'd', mode: 0o755, mtime: 0, size: 4096 };

  const statVia = (path: string, follow: boolean): VfsStat | null => {
    const r = route(path);
    const st = follow ? r.vfs.stat(r.rel) : r.vfs.lstat(r.rel);
    if (st || r.vfs !== root) return st;
    return leadsToMount(normalizePath(path)) ? syntheticDir : null;
  };

  const copyAcross = (from: string, to: string, recursive: boolean): void => {
    const st = vfs.lstat(from);
    if (!st) throw new VfsError('ENOENT', from);
    if (st.type === 'd') {
      if (!recursive) throw new VfsError('EISDIR', from);
      if (!vfs.isDir(to)) vfs.mkdir(to, { mode: st.mode });
      for (const name of vfs.readdir(from)) copyAcross(`${from}/${name}`, `${to}/${name}`, true);
      return;
    }
    if (st.type === 'l') vfs.symlink(st.target ?? '', to);
    else vfs.writeFile(to, vfs.readFile(from), { mode: st.mode });
  };

  const vfs: Vfs = {
    stat: (path) => statVia(path, true),
    lstat: (path) => statVia(path, false),
    exists: (path) => vfs.stat(path) !== null,
    isDir: (path) => vfs.stat(path)?.type === 'd',
    readFile(path) {
      const r = route(path);
      return named(path, () => r.vfs.readFile(r.rel));
    },
    writeFile(path, data, options) {
      const r = writable(path);
      named(path, () => r.vfs.writeFile(r.rel, data, options));
    },
    mkdir(path, options = {}) {
      if (options.parents) {
        let prefix = '';
        for (const comp of splitPath(normalizePath(path))) {
          prefix += `/${comp}`;
          const st = vfs.stat(prefix);
          if (!st) vfs.mkdir(prefix, { mode: options.mode });
          else if (st.type !== 'd') throw new VfsError(prefix === normalizePath(path) ? 'EEXIST' : 'ENOTDIR', path);
        }
        return;
      }
      const r = route(path);
      if (r.isMountPoint || (r.vfs === root && leadsToMount(normalizePath(path)) && !root.exists(r.rel))) throw new VfsError('EEXIST', path);
      if (r.readOnly) throw new VfsError('EROFS', path);
      named(path, () => r.vfs.mkdir(r.rel, options));
    },
    readdir(path) {
      const r = route(path);
      const p = normalizePath(path);
      const extra = mountChildren(p);
      if (r.vfs === root && extra.length > 0 && !root.exists(p)) return [...new Set(extra)].sort(byteCompare);
      const own = named(path, () => r.vfs.readdir(r.rel));
      return extra.length === 0 ? own : [...new Set([...own, ...extra])].sort(byteCompare);
    },
    remove(path, options) {
      const r = writable(path);
      if (r.isMountPoint) throw new VfsError('EBUSY', path);
      named(path, () => r.vfs.remove(r.rel, options));
    },
    rename(from, to) {
      const a = writable(from);
      const b = writable(to);
      if (a.isMountPoint) throw new VfsError('EBUSY', from);
      if (a.mount === b.mount) return named(from, () => a.vfs.rename(a.rel, b.rel));
      copyAcross(from, to, true);
      vfs.remove(from, { recursive: true });
    },
    copy(from, to, options = {}) {
      const a = route(from);
      const b = writable(to);
      if (a.mount === b.mount && !a.isMountPoint && !b.isMountPoint) return named(from, () => a.vfs.copy(a.rel, b.rel, options));
      if (vfs.isDir(from) && !options.recursive) throw new VfsError('EISDIR', from);
      copyAcross(from, to, options.recursive ?? false);
    },
    touch(path) {
      const r = writable(path);
      named(path, () => r.vfs.touch(r.rel));
    },
    symlink(target, path) {
      const r = writable(path);
      named(path, () => r.vfs.symlink(target, r.rel));
    },
  };
  return vfs;
}
