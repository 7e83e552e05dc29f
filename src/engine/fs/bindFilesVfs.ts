// Single files bind-mounted over a filesystem, as Docker mounts /etc/hosts, /etc/resolv.conf and
// /etc/hostname over a container's rootfs: reads and writes of those paths go to the mount's
// content, never to the layers below, so they never show in `docker diff`.
import { normalizePath } from './path';
import { utf8Length } from './tree';
import type { Vfs, VfsStat } from './vfs';

export interface BindFiles {
  /** The mounted file's content, or undefined when nothing is mounted at this (normalized) path. */
  read(path: string): string | undefined;
  write(path: string, data: string): void;
  mtime: number;
}

export function bindFilesVfs(inner: Vfs, files: BindFiles): Vfs {
  const mounted = (path: string): string | undefined => files.read(normalizePath(path));
  const statOf = (data: string): VfsStat => ({ type: 'f', mode: 0o644, mtime: files.mtime, size: utf8Length(data) });
  return {
    ...inner,
    stat(path) {
      const data = mounted(path);
      return data === undefined ? inner.stat(path) : statOf(data);
    },
    lstat(path) {
      const data = mounted(path);
      return data === undefined ? inner.lstat(path) : statOf(data);
    },
    exists(path) {
      return mounted(path) !== undefined || inner.exists(path);
    },
    isDir(path) {
      return mounted(path) === undefined && inner.isDir(path);
    },
    readFile(path) {
      return mounted(path) ?? inner.readFile(path);
    },
    writeFile(path, data, options = {}) {
      const old = mounted(path);
      if (old === undefined) return inner.writeFile(path, data, options);
      files.write(normalizePath(path), options.append ? old + data : data);
    },
  };
}
