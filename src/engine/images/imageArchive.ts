// `docker save` / `docker load`. The archive is a regular file on the host whose declared size is
// what the tar would weigh (every layer tar plus the config and manifest entries) and whose text
// records the images inside, so that `load` restores them, here or after `rmi`. Layer contents
// stay in world.layerStore or the hub catalog, addressed by digest.
import { emit, type Ctx } from '../ctx';
import { SimError } from '../errors';
import type { FsFile } from '../fs/fsTypes';
import { hostVfs } from '../fs/hostVfs';
import { isVfsError } from '../fs/vfs';
import type { Image, World } from '../world';
import { resolveImage } from './findImage';
import { getLayerInfo } from './layerInfo';
import { parseReference } from './parseReference';

const MAGIC = 'docker-pathshala image archive v1';

interface ArchivedImage {
  image: Image;
  tags: string[];
}

/** The archive's text and its tar size, for `-o FILE` or a redirect. */
export function saveImages(world: World, host: string, refs: string[]): { text: string; size: number } {
  const daemon = world.hosts[host].daemon;
  const byId = new Map<string, ArchivedImage>();
  for (const ref of refs) {
    const image = resolveImage(world, host, ref);
    const entry = byId.get(image.id) ?? { image: JSON.parse(JSON.stringify(image)) as Image, tags: [] };
    // A name saves that tag; an id saves the image with every tag it has (docker save semantics).
    const tags = /^(sha256:)?[0-9a-f]+$/.test(ref) && image.id.startsWith(ref.replace(/^sha256:/, ''))
      ? Object.keys(daemon.tags).filter((t) => daemon.tags[t] === image.id)
      : [familiarTag(world, ref)];
    for (const t of tags) if (!entry.tags.includes(t)) entry.tags.push(t);
    byId.set(image.id, entry);
  }
  const images = [...byId.values()];
  const layers = new Set(images.flatMap((i) => i.image.layers));
  // Each layer is `<id>/layer.tar` with VERSION and json beside it; 512-byte headers, 10 KiB tail.
  let size = 10240;
  for (const d of layers) size += 3 * 512 + roundUp(getLayerInfo(world, d).size) + 1024 + 512;
  size += images.length * (512 + roundUp(1500 + 120 * images[0].image.history.length)) + 1024;
  return { text: `${MAGIC}\n${JSON.stringify({ images })}\n`, size };
}

export function writeArchive(world: World, host: string, path: string, archive: { text: string; size: number }): void {
  const vfs = hostVfs(world, host);
  try {
    vfs.writeFile(path, archive.text, { mode: 0o600 });
  } catch (e) {
    if (isVfsError(e)) throw new SimError(`failed to save image: open ${path}: ${e.message.toLowerCase()}`, 'invalid');
    throw e;
  }
  const file = lookup(world, host, path);
  if (file) file.size = archive.size;
}

export interface LoadedLayer {
  /** 12 hex of the DiffID, the progress line's prefix. */
  id: string;
  size: number;
}

/** Restores the archive's images; returns the layers that were new to this host and the names loaded. */
export function loadImages(ctx: Ctx, host: string, text: string): { layers: LoadedLayer[]; loaded: string[] } {
  const { world } = ctx;
  const [magic, json] = text.split('\n');
  let images: ArchivedImage[];
  try {
    if (magic !== MAGIC) throw new Error('not an archive');
    images = (JSON.parse(json) as { images: ArchivedImage[] }).images;
  } catch {
    throw new SimError('open /var/lib/docker/tmp/docker-import-000000000/repositories: no such file or directory', 'invalid');
  }
  const daemon = world.hosts[host].daemon;
  const layers: LoadedLayer[] = [];
  const loaded: string[] = [];
  for (const { image, tags } of images) {
    for (const d of image.layers) {
      if (daemon.layers[d]) continue;
      daemon.layers[d] = true;
      const info = getLayerInfo(world, d);
      layers.push({ id: info.diffId.slice(7, 19), size: info.size });
      emit(ctx, { type: 'layer.downloaded', host, digest: d });
    }
    if (!daemon.images[image.id]) daemon.images[image.id] = { ...image, repoDigests: [] };
    for (const tag of tags) {
      daemon.tags[tag] = image.id;
      loaded.push(`Loaded image: ${tag}`);
      emit(ctx, { type: 'image.tagged', host, imageId: image.id, ref: tag });
    }
    if (tags.length === 0) loaded.push(`Loaded image ID: sha256:${image.id}`);
  }
  return { layers, loaded };
}

/** The images inside an archive `docker save` wrote, or undefined for any other file. */
export function archivedImages(text: string): { image: Image; tags: string[] }[] | undefined {
  const [magic, json] = text.split('\n');
  if (magic !== MAGIC) return undefined;
  try {
    return (JSON.parse(json) as { images: ArchivedImage[] }).images;
  } catch {
    return undefined;
  }
}

function familiarTag(world: World, ref: string): string {
  const p = parseReference(world, ref);
  return `${p.repo}:${p.tag}`;
}

const roundUp = (n: number) => Math.ceil(n / 512) * 512;

function lookup(world: World, host: string, path: string): FsFile | undefined {
  let node: unknown = world.hosts[host].fs;
  for (const part of path.split('/').filter(Boolean)) {
    const dir = node as { t: string; c?: Record<string, unknown> };
    if (dir.t !== 'd' || !dir.c) return undefined;
    node = dir.c[part];
  }
  const file = node as FsFile | undefined;
  return file?.t === 'f' ? file : undefined;
}
