// Small builders that keep the per-image catalog files declarative.
import type { ImageConfig, ProfileName } from '../world';
import type { CatalogImage, CatalogLayer, CatalogStep, FileSet } from './catalogTypes';
import { fakeSha256 } from './fakeSha256';

export function at(iso: string | number): number {
  return typeof iso === 'number' ? iso : Date.parse(iso);
}

/** A 64-hex value: a known real one, a known 12-char prefix completed from the seed, or derived. */
function hex64(known: string | undefined, seed: string): string {
  return ((known ?? '') + fakeSha256(seed)).slice(0, 64);
}

export interface LayerSpec {
  /** Unique seed for the derived digests; also documents what the layer is. */
  seed: string;
  size: number;
  compressed: number;
  created: string;
  files?: FileSet;
  /** Known real digest (64 hex, no prefix) when we have one. */
  digest?: string;
}

export function defineLayer(spec: LayerSpec): CatalogLayer {
  return {
    digest: `sha256:${hex64(spec.digest, `blob:${spec.seed}`)}`,
    diffId: `sha256:${fakeSha256(`diff:${spec.seed}`)}`,
    size: spec.size,
    compressed: spec.compressed,
    created: at(spec.created),
    files: spec.files ?? {},
  };
}

/** A history line: a layer, or a metadata-only step (`#(nop)` lines). */
export type StepSpec = string | [string, CatalogLayer] | { by: string; layer?: CatalogLayer; created?: string; comment?: string };

/** History steps with their times: metadata steps take `created`, layer steps their layer's time. */
export function materializeSteps(steps: StepSpec[], createdIso: string | number): CatalogStep[] {
  const created = at(createdIso);
  return steps.map((s) => {
    if (typeof s === 'string') return { createdBy: s, created };
    if (Array.isArray(s)) return { createdBy: s[0], created: s[1].created, layer: s[1] };
    return { createdBy: s.by, created: s.created ? at(s.created) : (s.layer?.created ?? created), layer: s.layer, comment: s.comment };
  });
}

export interface ImageSpec {
  era: ProfileName;
  repo: string;
  tags: string[];
  created: string | number;
  /** Real id / digest when known (64 hex); otherwise derived from repo, tag and era. */
  id?: string;
  repoDigest?: string;
  /** Steps inherited from the base image, already built. */
  base?: CatalogStep[];
  steps: StepSpec[];
  config: Partial<ImageConfig>;
  dockerVersion?: string;
  author?: string;
}

export function defineImage(spec: ImageSpec): CatalogImage {
  const created = at(spec.created);
  const own = materializeSteps(spec.steps, spec.created);
  const seed = `${spec.era}/${spec.repo}:${spec.tags[0]}`;
  return {
    era: spec.era,
    repo: spec.repo,
    tags: spec.tags,
    id: hex64(spec.id, `config:${seed}`),
    repoDigest: `sha256:${hex64(spec.repoDigest, `manifest:${seed}`)}`,
    created,
    steps: [...(spec.base ?? []), ...own],
    config: {
      cmd: null,
      entrypoint: null,
      env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      workingDir: '',
      exposedPorts: [],
      user: '',
      labels: {},
      volumes: [],
      ...spec.config,
    },
    dockerVersion: spec.dockerVersion ?? (spec.era === 'classic' ? '17.06.2-ce' : ''),
    author: spec.author ?? '',
    os: 'linux',
    architecture: 'amd64',
  };
}

/** Binaries of one directory, all with the same declared size unless listed in `sizes`. */
export function bins(dir: string, names: string[], size: number, sizes: Record<string, number> = {}): FileSet {
  const out: FileSet = {};
  for (const n of names) out[`${dir}/${n}`] = { bin: sizes[n] ?? size };
  return out;
}

/** Symlinks `dir/name → target` for each name (busybox applets, usrmerge). */
export function links(dir: string, names: string[], target: string): FileSet {
  const out: FileSet = {};
  for (const n of names) out[`${dir}/${n}`] = { link: target };
  return out;
}

export function dirs(paths: string[], mode = 0o755): FileSet {
  const out: FileSet = {};
  for (const p of paths) out[p] = { dir: mode };
  return out;
}
