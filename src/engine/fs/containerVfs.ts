// A container's filesystem: its writable layer over its image's layers, with the files Docker
// bind-mounts over /etc (hosts, resolv.conf, hostname) on top. Edits to those files live on the
// container (etcEdits) until it is removed. Volumes and bind mounts are not overlaid yet.
import { getEtcFile, isEtcBindPath } from '../network/etcFiles';
import type { World } from '../world';
import { bindFilesVfs } from './bindFilesVfs';
import { getContainerLayers } from './containerLayers';
import { layeredVfs } from './layeredVfs';
import type { Vfs } from './vfs';
import { getContainerById } from '../tables/containerTable';

export function containerVfs(world: World, hostName: string, containerId: string): Vfs {
  const layered = layeredVfs(getContainerLayers(world, hostName, containerId), () => world.now);
  const c = getContainerById(world.hosts[hostName].daemon, containerId)!;
  return bindFilesVfs(layered, {
    read: (path) => (isEtcBindPath(path) ? (c.etcEdits?.[path] ?? getEtcFile(world, hostName, c, path)) : undefined),
    write: (path, data) => {
      c.etcEdits = { ...c.etcEdits, [path]: data };
    },
    mtime: c.state.startedAt || c.created,
  });
}
