// Image look-up as the daemon does it: a name (repo:tag or repo@digest) first, then a full id,
// a `sha256:` id, or a unique id prefix.
import { SimError } from '../errors';
import type { Image, World } from '../world';
import { parseReference, type ImageReference } from './parseReference';

function tryParse(world: World, ref: string): ImageReference | undefined {
  try {
    return parseReference(world, ref);
  } catch {
    return undefined;
  }
}

export function findImage(world: World, host: string, ref: string): Image | undefined {
  const daemon = world.hosts[host].daemon;
  const bare = ref.replace(/^sha256:/, '');
  if (ref.startsWith('sha256:') && daemon.images[bare]) return daemon.images[bare];
  const parsed = tryParse(world, ref);
  if (parsed) {
    if (parsed.digest) {
      const want = `${parsed.repo}@${parsed.digest}`;
      const hit = Object.values(daemon.images).find((img) => img.repoDigests.includes(want));
      if (hit) return hit;
    } else {
      const id = daemon.tags[`${parsed.repo}:${parsed.tag}`];
      if (id && daemon.images[id]) return daemon.images[id];
    }
  }
  if (/^[0-9a-f]+$/.test(bare)) {
    if (daemon.images[bare]) return daemon.images[bare];
    const matches = Object.keys(daemon.images).filter((id) => id.startsWith(bare));
    if (matches.length === 1) return daemon.images[matches[0]];
  }
  return undefined;
}

/** The daemon's name for a missing reference: `foo:latest` for names, the text as given for ids. */
export function missingImageName(world: World, ref: string): string {
  return tryParse(world, ref)?.familiar ?? ref;
}

export function resolveImage(world: World, host: string, ref: string): Image {
  const img = findImage(world, host, ref);
  if (img) return img;
  throw new SimError(`No such image: ${missingImageName(world, ref)}`, 'notFound');
}

/** References (tags and digests) that point at an image, in the daemon's lexical order. */
export function imageReferences(world: World, host: string, imageId: string): string[] {
  const daemon = world.hosts[host].daemon;
  const tags = Object.keys(daemon.tags).filter((t) => daemon.tags[t] === imageId);
  return [...tags, ...(daemon.images[imageId]?.repoDigests ?? [])].sort();
}
