// `docker push` to the simulated Hub: the daemon's lines (moby distribution/push_v2.go) and the
// upload into world.registry, where any host's `docker pull user/app` finds it.
import { emit, type Ctx } from '../ctx';
import { CATALOG, catalogLayers } from '../hub/catalog';
import { fakeSha256 } from '../hub/fakeSha256';
import type { Image, RegistryRepo, World } from '../world';
import { loggedInUser } from './dockerAuth';
import { getLayerInfo } from './layerInfo';
import { parseReference } from './parseReference';

export interface PushResult {
  /** The daemon's lines as a terminal is left showing them (stdout). */
  lines: string[];
  /** Set when the push failed after printing `lines`: the error text (stderr). */
  error?: string;
}

const DENIED = 'denied: requested access to the resource is denied';

/** `allTags`: 18.03 pushed every local tag of the repository when none was given. */
export function pushImage(ctx: Ctx, host: string, ref: string, opts: { allTags?: boolean } = {}): PushResult {
  const { world } = ctx;
  const parsed = parseReference(world, ref);
  const daemon = world.hosts[host].daemon;
  const lines = [`The push refers to repository [${parsed.domain}/${parsed.path}]`];
  const tags = Object.keys(daemon.tags)
    .filter((k) => k.slice(0, k.lastIndexOf(':')) === parsed.repo)
    .map((k) => k.slice(k.lastIndexOf(':') + 1))
    .sort();
  if (tags.length === 0) return { lines, error: `An image does not exist locally with the tag: ${parsed.repo}` };
  const toPush = opts.allTags ? tags : [parsed.tag];
  if (!tags.includes(parsed.tag) && !opts.allTags) return { lines, error: `tag does not exist: ${parsed.familiar}` };

  const user = loggedInUser(world, host);
  const namespace = parsed.path.split('/')[0];
  const allowed = parsed.domain === 'docker.io' && user !== undefined && namespace === user && namespace !== 'library';
  for (const tag of toPush) {
    const image = daemon.images[daemon.tags[`${parsed.repo}:${tag}`]];
    const layers = uniqueTopFirst(image.layers);
    // Each layer's line is redrawn in place (Preparing → Pushing → Pushed): the final state stays.
    if (!allowed) return { lines: [...lines, ...layers.map((d) => `${shortDiffId(world, d)}: Preparing`)], error: DENIED };
    const repo = (world.registry[parsed.path] ??= { tags: {}, layers: {} });
    for (const d of layers) lines.push(`${shortDiffId(world, d)}: ${layerOutcome(world, repo, parsed.path, d)}`);
    for (const d of layers) repo.layers[d] = true;
    const manifest = manifestText(world, image);
    const digest = `sha256:${fakeSha256(manifest)}`;
    repo.tags[tag] = { digest, size: manifest.length, image: JSON.parse(JSON.stringify(image)) as Image };
    lines.push(`${tag}: digest: ${digest} size: ${manifest.length}`);
    const repoDigest = `${parsed.repo}@${digest}`;
    if (!image.repoDigests.includes(repoDigest)) image.repoDigests.push(repoDigest);
    emit(ctx, { type: 'image.tagged', host, imageId: image.id, ref: `${parsed.repo}:${tag}` });
  }
  return { lines };
}

/** Whether a failed push printed the daemon's error (as opposed to a client-side one). */
export function isPushDenied(result: PushResult): boolean {
  return result.error === DENIED;
}

function uniqueTopFirst(layers: string[]): string[] {
  return [...new Set([...layers].reverse())];
}

/** Push progress is keyed by the layer's DiffID (pull shows the compressed digest instead). */
function shortDiffId(world: World, digest: string): string {
  return getLayerInfo(world, digest).diffId.slice(7, 19);
}

function layerOutcome(world: World, repo: RegistryRepo, path: string, digest: string): string {
  if (repo.layers[digest]) return 'Layer already exists';
  // A layer the Hub has in another repository is cross-mounted instead of uploaded.
  const official = CATALOG.find((img) => catalogLayers(img).some((l) => l.digest === digest));
  if (official) return `Mounted from ${official.repo.includes('/') ? official.repo : `library/${official.repo}`}`;
  const other = Object.keys(world.registry).find((p) => p !== path && world.registry[p].layers[digest]);
  if (other) return `Mounted from ${other}`;
  return 'Pushed';
}

/** The schema-2 manifest the registry stores (indented as distribution marshals it). */
function manifestText(world: World, image: Image): string {
  const config = JSON.stringify({ architecture: image.architecture, config: image.config, created: image.created, history: image.history, os: image.os, rootfs: image.layers });
  return JSON.stringify(
    {
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: config.length, digest: `sha256:${image.id}` },
      layers: image.layers.map((d) => ({ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: getLayerInfo(world, d).compressed, digest: d })),
    },
    null,
    3,
  );
}
