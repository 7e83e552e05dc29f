// The filesystem interface shell commands use, whatever lies below (the host's tree, or a
// container's writable layer over its image layers). Paths are absolute. Failures throw VfsError
// carrying the POSIX message that coreutils and busybox print after the file name.

export type VfsErrorCode = 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EEXIST' | 'ENOTEMPTY' | 'ELOOP' | 'EINVAL' | 'EROFS' | 'EBUSY';

export const VFS_MESSAGES: Record<VfsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  ELOOP: 'Too many levels of symbolic links',
  EINVAL: 'Invalid argument',
  EROFS: 'Read-only file system',
  EBUSY: 'Device or resource busy',
};

export class VfsError extends Error {
  readonly code: VfsErrorCode;
  readonly path: string;

  constructor(code: VfsErrorCode, path: string) {
    super(VFS_MESSAGES[code]);
    this.name = 'VfsError';
    this.code = code;
    this.path = path;
  }
}

export function isVfsError(e: unknown): e is VfsError {
  return e instanceof VfsError;
}

export interface VfsStat {
  type: 'd' | 'f' | 'l';
  mode: number;
  mtime: number;
  size: number;
  /** Symlink target (lstat only). */
  target?: string;
}

export interface Vfs {
  /** Follows symlinks; null when the path does not exist. */
  stat(path: string): VfsStat | null;
  /** Does not follow a final symlink. */
  lstat(path: string): VfsStat | null;
  exists(path: string): boolean;
  isDir(path: string): boolean;
  readFile(path: string): string;
  /** Creates or truncates (append: adds to the end). The parent directory must exist. */
  writeFile(path: string, data: string, options?: { append?: boolean; mode?: number }): void;
  mkdir(path: string, options?: { parents?: boolean; mode?: number }): void;
  /** Entry names, sorted bytewise, without '.' and '..'. */
  readdir(path: string): string[];
  /** Directories need recursive (else EISDIR). */
  remove(path: string, options?: { recursive?: boolean }): void;
  rename(from: string, to: string): void;
  /** Copies a file, or a directory tree when recursive (else EISDIR). */
  copy(from: string, to: string, options?: { recursive?: boolean }): void;
  /** Update the mtime of an existing path, or create an empty file. */
  touch(path: string): void;
  symlink(target: string, path: string): void;
}
