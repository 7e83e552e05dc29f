// The size of the tar stream the docker CLI sends as the build context, computed as Go's
// archive/tar writes it: a 512-byte header per entry (directories and links included), file
// content padded to 512 bytes, a PAX extended header before names USTAR cannot hold, and two
// zero blocks at the end. No compression (the CLI's default).

const BLOCK = 512;

export interface TarEntry {
  /** Path relative to the context root, '/'-separated; directories without a trailing slash. */
  path: string;
  type: 'd' | 'f' | 'l';
  /** Content bytes (files only). */
  size: number;
}

const padded = (n: number): number => Math.ceil(n / BLOCK) * BLOCK;

/** USTAR splits a long name into a 155-byte prefix and a 100-byte name at a slash. */
function fitsUstar(name: string): boolean {
  if (name.length <= 100) return true;
  if (name.length > 256) return false;
  for (let i = name.length - 1; i > 0; i--) {
    if (name[i] !== '/') continue;
    if (i <= 155 && name.length - i - 1 <= 100 && name.length - i - 1 > 0) return true;
  }
  return false;
}

/** A PAX `path` record: "<len> path=<name>\n", where <len> counts its own digits. */
function paxRecordLength(name: string): number {
  const body = ` path=${name}\n`.length;
  let len = body + 1;
  while (String(len).length + body !== len) len = String(len).length + body;
  return len;
}

export function tarEntrySize(entry: TarEntry): number {
  const name = entry.type === 'd' ? `${entry.path}/` : entry.path;
  const pax = fitsUstar(name) ? 0 : BLOCK + padded(paxRecordLength(name));
  return pax + BLOCK + (entry.type === 'f' ? padded(entry.size) : 0);
}

export function tarStreamSize(entries: TarEntry[]): number {
  return entries.reduce((sum, e) => sum + tarEntrySize(e), 0) + 2 * BLOCK;
}
