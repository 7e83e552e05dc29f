// The one place the container code reaches for images. The images module owns image resolution;
// until it lands this resolves the local tag table the same way (familiar `name:tag`, id or id
// prefix) so that containers can be created from images put in the daemon by hand.
import { SimError } from '../errors';
import type { Image, World } from '../world';

function familiar(ref: string): string {
  let r = ref.replace(/^docker\.io\//, '').replace(/^library\//, '');
  if (r.includes('@')) return r;
  const lastSlash = r.lastIndexOf('/');
  if (!r.slice(lastSlash + 1).includes(':')) r += ':latest';
  return r;
}

export function resolveImage(world: World, hostName: string, ref: string): Image {
  const daemon = world.hosts[hostName].daemon;
  const bare = ref.replace(/^sha256:/, '');
  if (daemon.images[bare]) return daemon.images[bare];
  const tagged = daemon.tags[familiar(ref)];
  if (tagged && daemon.images[tagged]) return daemon.images[tagged];
  if (/^[0-9a-f]+$/.test(bare)) {
    const matches = Object.keys(daemon.images).filter((id) => id.startsWith(bare));
    if (matches.length === 1) return daemon.images[matches[0]];
  }
  throw new SimError(`No such image: ${familiar(ref)}`, 'notFound');
}
