// File name completion as bash does it: the directory part of the word stays as typed, entries
// of that directory that start with the rest are offered, directories with a trailing `/`, and
// dot files only when the student typed the dot.
import type { Vfs } from '../../engine/fs/vfs';
import { resolvePath } from '../../engine/fs/path';

export interface PathCandidate {
  /** The whole word to insert (`/etc/hos` → `/etc/hosts`). */
  word: string;
  /** What a listing shows: the entry name, `dir/` for directories. */
  display: string;
}

export interface PathQuery {
  vfs: Vfs;
  cwd: string;
  home: string;
  /** Only directories and executable files (a command typed as a path). */
  executablesOnly?: boolean;
}

export function pathCandidates(word: string, q: PathQuery): PathCandidate[] {
  const slash = word.lastIndexOf('/');
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : '';
  const base = word.slice(slash + 1);
  const dir = resolvePath(q.cwd, dirPart === '' ? '.' : dirPart, q.home);
  if (!q.vfs.isDir(dir)) return [];
  const out: PathCandidate[] = [];
  for (const name of q.vfs.readdir(dir)) {
    if (!name.startsWith(base)) continue;
    if (name.startsWith('.') && !base.startsWith('.')) continue;
    const st = q.vfs.stat(`${dir === '/' ? '' : dir}/${name}`);
    const isDir = st?.type === 'd';
    if (q.executablesOnly && !isDir && !(st && st.mode & 0o111)) continue;
    const suffix = isDir ? '/' : '';
    out.push({ word: dirPart + name + suffix, display: name + suffix });
  }
  return out;
}
