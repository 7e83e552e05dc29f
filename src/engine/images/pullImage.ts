// `docker pull` against the simulated hub: resolve the tag in the catalog of this era, fetch the
// layers this host lacks (virtual time passes), register the image and its tag, and return the
// exact lines Docker prints plus per-layer progress data for animation.
import { emit, type Ctx } from '../ctx';
import { SimError } from '../errors';
import { catalogImageSize, catalogLayers, findCatalogImage, findCatalogImageByDigest, hasCatalogRepo } from '../hub/catalog';
import type { CatalogImage } from '../hub/catalogTypes';
import { getProfile } from '../profile';
import { tick } from '../tick';
import type { Image } from '../world';
import { parseReference } from './parseReference';
import { findPushedImage, hasPushedRepo } from './pushedImages';

export type PullLine = string;

export type LayerPullState = 'Pulling fs layer' | 'Waiting' | 'Downloading' | 'Verifying Checksum' | 'Download complete' | 'Extracting' | 'Pull complete' | 'Already exists';

export interface LayerProgress {
  /** 12-hex short digest, the line's prefix. */
  id: string;
  digest: string;
  /** Bytes to download (compressed) and to extract. */
  total: number;
  size: number;
  states: LayerPullState[];
  /** Virtual ms from the pull's start at which the download and extraction start and end. */
  downloadStartAt: number;
  downloadedAt: number;
  extractStartAt: number;
  extractedAt: number;
}

export interface PullResult {
  imageId: string;
  /** Final lines, as left on screen once the progress has settled (stdout for pull, stderr for run). */
  lines: PullLine[];
  /** True when the reference gave no tag: `docker pull` then first prints `Using default tag: latest`. */
  defaultTag: boolean;
  /** Current CLIs end `docker pull` (not `run`) with the full reference; undefined in classic. */
  finalLine?: string;
  fullRef: string;
  upToDate: boolean;
  progress: LayerProgress[];
  /** Virtual ms the pull took. */
  durationMs: number;
}

/** Download speed of the simulated hub link, bytes per virtual second. */
const BYTES_PER_SECOND = 20_000_000;
const MIN_PULL_MS = 400;
/** Docker downloads three layers at a time; the others wait. */
const CONCURRENT_DOWNLOADS = 3;

function imageFromCatalog(cat: CatalogImage, repo: string, fromCatalog: boolean): Image {
  return {
    id: cat.id,
    repoDigests: [`${repo}@${cat.repoDigest}`],
    parent: '',
    created: cat.created,
    layers: catalogLayers(cat).map((l) => l.digest),
    size: catalogImageSize(cat),
    config: { ...cat.config, env: [...cat.config.env], exposedPorts: [...cat.config.exposedPorts], volumes: [...cat.config.volumes], labels: { ...cat.config.labels } },
    history: cat.steps.map((s) => ({ created: s.created, createdBy: s.createdBy, size: s.layer?.size ?? 0, emptyLayer: !s.layer, ...(s.comment ? { comment: s.comment } : {}) })),
    os: cat.os,
    architecture: cat.architecture,
    ...(fromCatalog ? { catalogRef: `${repo}:${cat.tags[0]}` } : {}),
  };
}

/**
 * `deferClock`: the caller lets the pull's durationMs pass itself (the shell's progress job plays
 * it out on the terminal's clock); the image is registered at once all the same.
 */
export function pullImage(ctx: Ctx, host: string, ref: string, opts: { quiet?: boolean; deferClock?: boolean } = {}): PullResult {
  const { world } = ctx;
  const profile = getProfile(world);
  const parsed = parseReference(world, ref);
  const daemon = world.hosts[host].daemon;
  // User repositories (`docker push`) live in world.registry; official ones in the catalog.
  const pushed = parsed.domain === 'docker.io' && hasPushedRepo(world, parsed.path);
  const onHub = parsed.domain === 'docker.io' && (pushed || hasCatalogRepo(world.profile, parsed.repo));
  if (!onHub) throw new SimError(profile.images.pullAccessDenied(parsed.repo), 'notFound');
  const cat = pushed
    ? parsed.digest ? undefined : findPushedImage(world, parsed.repo, parsed.path, parsed.tag)
    : parsed.digest ? findCatalogImageByDigest(world.profile, parsed.repo, parsed.digest) : findCatalogImage(world.profile, parsed.repo, parsed.tag);
  if (!cat) throw new SimError(profile.images.manifestUnknown(parsed.familiar), 'notFound');

  const tagKey = parsed.digest ? undefined : `${parsed.repo}:${parsed.tag}`;
  const haveImage = !!daemon.images[cat.id];
  const upToDate = haveImage && (tagKey === undefined || daemon.tags[tagKey] === cat.id);

  const progress: LayerProgress[] = [];
  let clock: number;
  if (!haveImage) {
    let slotFree = [0, 0, 0];
    let extractAt = 0;
    catalogLayers(cat).forEach((layer, i) => {
      const id = layer.digest.slice(7, 19);
      if (daemon.layers[layer.digest] || progress.some((p) => p.digest === layer.digest)) {
        progress.push({ id, digest: layer.digest, total: layer.compressed, size: layer.size, states: ['Already exists'], downloadStartAt: 0, downloadedAt: 0, extractStartAt: 0, extractedAt: 0 });
        return;
      }
      const slot = slotFree.indexOf(Math.min(...slotFree));
      const start = slotFree[slot];
      const downloadedAt = start + Math.ceil((layer.compressed / BYTES_PER_SECOND) * 1000);
      slotFree = slotFree.map((t, s) => (s === slot ? downloadedAt : t));
      // Layers extract in order, each after its own download and the previous extraction.
      const extractStartAt = Math.max(extractAt, downloadedAt);
      extractAt = extractStartAt + Math.ceil((layer.size / (BYTES_PER_SECOND * 5)) * 1000);
      const waits = i >= CONCURRENT_DOWNLOADS;
      progress.push({
        id,
        digest: layer.digest,
        total: layer.compressed,
        size: layer.size,
        states: ['Pulling fs layer', ...(waits ? (['Waiting'] as const) : []), 'Downloading', 'Verifying Checksum', 'Download complete', 'Extracting', 'Pull complete'],
        downloadStartAt: start,
        downloadedAt,
        extractStartAt,
        extractedAt: extractAt,
      });
    });
    clock = Math.max(MIN_PULL_MS, extractAt);
  } else {
    clock = MIN_PULL_MS / 2;
  }
  if (!opts.deferClock) tick(ctx, clock);

  for (const p of progress) {
    if (p.states[0] === 'Already exists') continue;
    daemon.layers[p.digest] = true;
    emit(ctx, { type: 'layer.downloaded', host, digest: p.digest });
  }
  if (!haveImage) daemon.images[cat.id] = imageFromCatalog(cat, parsed.repo, !pushed);
  const image = daemon.images[cat.id];
  const repoDigest = `${parsed.repo}@${cat.repoDigest}`;
  if (!image.repoDigests.includes(repoDigest)) image.repoDigests.push(repoDigest);
  if (tagKey) daemon.tags[tagKey] = cat.id;
  if (!upToDate) emit(ctx, { type: 'image.pulled', host, imageId: cat.id, ref: parsed.familiar });

  const label = parsed.digest ?? parsed.tag;
  const lines: PullLine[] = opts.quiet
    ? []
    : [
        `${label}: Pulling from ${parsed.path}`,
        ...progress.map((p) => `${p.id}: ${p.states[p.states.length - 1]}`),
        `Digest: ${cat.repoDigest}`,
        upToDate ? `Status: Image is up to date for ${parsed.familiar}` : `Status: Downloaded newer image for ${parsed.familiar}`,
      ];
  return {
    imageId: cat.id,
    lines,
    defaultTag: parsed.defaultTag,
    finalLine: profile.images.pullPrintsFullRef ? parsed.full : undefined,
    fullRef: parsed.full,
    upToDate,
    progress,
    durationMs: clock,
  };
}
