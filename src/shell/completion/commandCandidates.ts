// Command names for the first word: on the host every registered command; inside a container the
// builtins plus the executables the container's filesystem has on PATH (no `bash` in alpine).
import type { Vfs } from '../../engine/fs/vfs';
import type { Frame } from '../../engine/world';
import { alwaysAvailableNames, listCommands } from '../commands/registry';
import { DEFAULT_PATH } from '../interp/runtime';

export function commandCandidates(frame: Frame, vfs: Vfs, prefix: string): string[] {
  const names = new Set<string>();
  if (frame.kind === 'host') {
    for (const c of listCommands()) names.add(c.name);
  } else {
    for (const name of alwaysAvailableNames(true)) names.add(name);
    for (const dir of (frame.env.PATH ?? DEFAULT_PATH).split(':')) {
      if (!dir || !vfs.isDir(dir)) continue;
      for (const name of vfs.readdir(dir)) {
        const st = vfs.stat(`${dir}/${name}`);
        if (st?.type === 'f' && st.mode & 0o111) names.add(name);
      }
    }
  }
  return [...names].filter((n) => n.startsWith(prefix));
}
