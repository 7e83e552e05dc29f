// What the daemon does to a new container's mounts before its process sees them: a bind source
// missing on the host is created as a directory (the -v form does this; --mount would refuse),
// and an empty volume mounted over a directory the image has gets that directory's content
// copied in (moby's copyImagePathContent), which is how `-v data:/usr/share/nginx/html`
// starts out holding the image's pages.
import type { Container, World } from '../world';
import { getLayerFiles } from '../images/layerFiles';
import type { FsDir } from './fsTypes';
import { hostVfs } from './hostVfs';
import { lookupUnion, materialize } from './layeredVfs';
import { splitPath } from './path';

export function prepareMounts(world: World, hostName: string, c: Container): void {
  const daemon = world.hosts[hostName].daemon;
  const image = daemon.images[c.imageId];
  let imageLayers: FsDir[] | undefined;
  for (const m of c.mounts) {
    if (m.type === 'bind') {
      const host = hostVfs(world, hostName);
      if (!host.exists(m.source)) host.mkdir(m.source, { parents: true });
      continue;
    }
    const vol = m.name ? daemon.volumes[m.name] : undefined;
    if (!vol || !image || Object.keys(vol.files.c).length > 0) continue;
    imageLayers ??= [...image.layers].reverse().map((d) => getLayerFiles(world, d));
    const found = lookupUnion(imageLayers, splitPath(m.destination));
    if (!found || found.node.t !== 'd') continue;
    const tree = materialize(found);
    if (tree.t !== 'd') continue;
    vol.files.c = tree.c;
    vol.files.mode = tree.mode;
  }
}
