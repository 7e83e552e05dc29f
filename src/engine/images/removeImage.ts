// `docker rmi`, following the daemon's rules (daemon/images/image_delete.go): a name is untagged
// first and the image goes only when no reference is left; an id removes all references of a
// single-repository image; containers block removal (running ones even with --force).
import { emit, type Ctx } from '../ctx';
import { SimError } from '../errors';
import { shortId } from '../ids';
import type { World } from '../world';
import { findImage, imageReferences, missingImageName } from './findImage';
import { chainIds } from './layerInfo';
import { parseReference } from './parseReference';
import { listContainerRecords } from '../tables/containerTable';

export interface RemoveImageOptions {
  force?: boolean;
  noPrune?: boolean;
}

function isIdRef(ref: string, imageId: string): boolean {
  const bare = ref.replace(/^sha256:/, '');
  return /^[0-9a-f]+$/.test(bare) && imageId.startsWith(bare);
}

function usingContainers(world: World, host: string, imageId: string) {
  return listContainerRecords(world.hosts[host].daemon).filter((c) => c.imageId === imageId);
}

function children(world: World, host: string, imageId: string): string[] {
  return Object.values(world.hosts[host].daemon.images).filter((i) => i.parent === imageId).map((i) => i.id);
}

/** The first conflict that forbids deleting the image; soft ones only when not forced. */
function deleteConflict(world: World, host: string, imageId: string, soft: boolean, ignoreReferences = false): SimError | undefined {
  const hard = (msg: string) => new SimError(`conflict: unable to delete ${shortId(imageId)} (cannot be forced) - ${msg}`, 'conflict');
  const mild = (msg: string) => new SimError(`conflict: unable to delete ${shortId(imageId)} (must be forced) - ${msg}`, 'conflict');
  if (children(world, host, imageId).length > 0) return hard('image has dependent child images');
  const users = usingContainers(world, host, imageId);
  const running = users.find((c) => c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting');
  if (running) return hard(`image is being used by running container ${shortId(running.id)}`);
  if (!soft) return undefined;
  if (!ignoreReferences && imageReferences(world, host, imageId).length > 1) return mild('image is referenced in multiple repositories');
  if (users.length > 0) return mild(`image is being used by stopped container ${shortId(users[0].id)}`);
  return undefined;
}

function untag(world: World, host: string, reference: string): void {
  const daemon = world.hosts[host].daemon;
  if (reference.includes('@')) {
    for (const img of Object.values(daemon.images)) img.repoDigests = img.repoDigests.filter((d) => d !== reference);
  } else delete daemon.tags[reference];
}

/** Removes the image record and the layers no other image uses; returns the Deleted lines. */
function deleteImage(ctx: Ctx, host: string, imageId: string): string[] {
  const { world } = ctx;
  const daemon = world.hosts[host].daemon;
  const image = daemon.images[imageId];
  const lines = [`Deleted: sha256:${imageId}`];
  delete daemon.images[imageId];
  const others = Object.values(daemon.images);
  const otherChains = new Set(others.flatMap((i) => chainIds(world, i.layers)));
  const chains = chainIds(world, image.layers);
  for (let i = chains.length - 1; i >= 0; i--) {
    if (otherChains.has(chains[i])) break;
    lines.push(`Deleted: ${chains[i]}`);
  }
  const stillUsed = new Set(others.flatMap((i) => i.layers));
  for (const d of image.layers) if (!stillUsed.has(d)) delete daemon.layers[d];
  emit(ctx, { type: 'image.removed', host, imageId });
  return lines;
}

export function removeImage(ctx: Ctx, host: string, ref: string, opts: RemoveImageOptions = {}): string[] {
  const { world } = ctx;
  const daemon = world.hosts[host].daemon;
  const force = !!opts.force;
  const image = findImage(world, host, ref);
  if (!image) {
    parseReference(world, ref.replace(/^sha256:/, '')); // a malformed name is reported as such
    throw new SimError(`No such image: ${missingImageName(world, ref)}`, 'notFound');
  }
  const id = image.id;
  const lines: string[] = [];
  let quiet = false;
  if (!isIdRef(ref, id)) {
    if (!force) {
      const user = usingContainers(world, host, id)[0];
      if (user) throw new SimError(`conflict: unable to remove repository reference "${ref}" (must force) - container ${shortId(user.id)} is using its referenced image ${shortId(id)}`, 'conflict');
    }
    const parsed = parseReference(world, ref);
    const removed = parsed.digest ? `${parsed.repo}@${parsed.digest}` : `${parsed.repo}:${parsed.tag}`;
    untag(world, host, removed);
    lines.push(`Untagged: ${removed}`);
    // A tag removed with no tag of the same repository left takes that repository's digests along.
    if (!parsed.digest && !Object.keys(daemon.tags).some((t) => daemon.tags[t] === id && t.startsWith(`${parsed.repo}:`))) {
      for (const d of image.repoDigests.filter((rd) => rd.startsWith(`${parsed.repo}@`))) {
        untag(world, host, d);
        lines.push(`Untagged: ${d}`);
      }
    }
    if (imageReferences(world, host, id).length > 0) return lines;
    quiet = true;
  } else {
    const refs = imageReferences(world, host, id);
    const repos = new Set(refs.map((r) => r.split(/[@]|:(?=[^/:]*$)/)[0]));
    const tagCount = refs.filter((r) => !r.includes('@')).length;
    if (tagCount <= 1 && repos.size <= 1) {
      const conflict = deleteConflict(world, host, id, !force, true);
      if (conflict) throw conflict;
      for (const r of refs) {
        untag(world, host, r);
        lines.push(`Untagged: ${r}`);
      }
    }
  }
  const conflict = deleteConflict(world, host, id, !force);
  if (conflict) {
    if (quiet) return lines;
    throw conflict;
  }
  for (const r of imageReferences(world, host, id)) {
    untag(world, host, r);
    lines.push(`Untagged: ${r}`);
  }
  const parent = image.parent;
  lines.push(...deleteImage(ctx, host, id));
  if (!opts.noPrune && parent) lines.push(...pruneParents(ctx, host, parent));
  return lines;
}

/** Untagged parents left without children go too (build intermediates), silently on conflict. */
function pruneParents(ctx: Ctx, host: string, parentId: string): string[] {
  const { world } = ctx;
  const parent = world.hosts[host].daemon.images[parentId];
  if (!parent || imageReferences(world, host, parentId).length > 0) return [];
  if (deleteConflict(world, host, parentId, true)) return [];
  const grand = parent.parent;
  return [...deleteImage(ctx, host, parentId), ...(grand ? pruneParents(ctx, host, grand) : [])];
}
