// Finding argv[0] in the container's filesystem the way runc does before it execs: a name with
// a '/' is taken as a path, a bare name is looked up in $PATH. The failure detail is runc's text
// inside the OCI error (`stat /x: no such file or directory`, or not found in $PATH).
import { containerVfs } from '../fs/containerVfs';
import type { World } from '../world';

export type ExecutableLookup = { ok: true; path: string } | { ok: false; detail: string; exitStatus: number };

export function resolveExecutable(world: World, hostName: string, containerId: string, cmd: string, pathVar: string, cwd = '/'): ExecutableLookup {
  const vfs = containerVfs(world, hostName, containerId);
  const check = (path: string): ExecutableLookup | undefined => {
    const st = vfs.stat(path);
    if (!st) return undefined;
    if (st.type === 'd') return { ok: false, detail: `exec: "${cmd}": is a directory`, exitStatus: 126 };
    return { ok: true, path };
  };
  if (cmd.includes('/')) {
    const abs = cmd.startsWith('/') ? cmd : `${cwd.replace(/\/$/, '')}/${cmd}`;
    return check(abs) ?? { ok: false, detail: `exec: "${cmd}": stat ${cmd}: no such file or directory`, exitStatus: 127 };
  }
  for (const dir of pathVar.split(':')) {
    if (!dir) continue;
    const found = check(`${dir.replace(/\/$/, '')}/${cmd}`);
    if (found?.ok) return found;
  }
  return { ok: false, detail: `exec: "${cmd}": executable file not found in $PATH`, exitStatus: 127 };
}
