// A container's filesystem: its writable layer over its image's layers, its bind mounts and
// volumes over that (mountedVfs), and the files Docker bind-mounts over /etc (hosts, resolv.conf,
// hostname) on top. Edits to those files live on the container (etcEdits) until it is removed.
// Shell commands, programs and the builder all read a container through this one view.
import { getEtcFile, isEtcBindPath } from '../network/etcFiles';
import type { Container, World } from '../world';
import { bindFilesVfs } from './bindFilesVfs';
import { getContainerLayers } from './containerLayers';
import { hostVfs } from './hostVfs';
import { layeredVfs } from './layeredVfs';
import { mountedVfs, subtreeVfs, type VfsMount } from './mountedVfs';
import { normalizePath } from './path';
import type { Vfs } from './vfs';
import { getContainerById } from '../tables/containerTable';

/** The container's mounts as filesystems: bind sources on the daemon's host, volumes' own trees. */
export function containerMounts(world: World, hostName: string, c: Container): VfsMount[] {
  const out: VfsMount[] = [];
  for (const m of c.mounts) {
    const destination = normalizePath(m.destination);
    if (m.type === 'bind') {
      out.push({ destination, vfs: subtreeVfs(hostVfs(world, hostName), m.source), readOnly: !m.rw });
      continue;
    }
    const vol = m.name ? world.hosts[hostName].daemon.volumes[m.name] : undefined;
    if (vol) out.push({ destination, vfs: layeredVfs([vol.files], () => world.now), readOnly: !m.rw });
  }
  return out;
}

export function containerVfs(world: World, hostName: string, containerId: string): Vfs {
  const layered = layeredVfs(getContainerLayers(world, hostName, containerId), () => world.now);
  const c = getContainerById(world.hosts[hostName].daemon, containerId)!;
  return bindFilesVfs(mountedVfs(layered, containerMounts(world, hostName, c)), {
    read: (path) => (isEtcBindPath(path) ? (c.etcEdits?.[path] ?? getEtcFile(world, hostName, c, path)) : undefined),
    write: (path, data) => {
      c.etcEdits = { ...c.etcEdits, [path]: data };
    },
    mtime: c.state.startedAt || c.created,
  });
}
