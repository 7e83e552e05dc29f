// Static description of the simulated Docker Hub: what each tag of each repository contained in
// each era. Catalog data is module-level constants, never part of the world: the world only records
// which layers and images a host has pulled.
import type { ImageConfig, ProfileName } from '../world';

/**
 * Compact file descriptions, turned into FsDir trees by images/layerFiles.ts.
 * A string is a text file (0644); `bin` a binary with its declared size; `script` an executable text;
 * `link` a symlink; `dir` an (empty) directory with the given mode.
 */
export type FileEntry =
  | string
  | { bin: number }
  | { script: string }
  | { text: string; mode: number }
  | { link: string }
  | { dir: number };

/** Absolute path → entry. Parent directories are created as needed (0755). */
export type FileSet = Record<string, FileEntry>;

export interface CatalogLayer {
  /** sha256:… of the compressed blob: what `docker pull` shows (12 chars). */
  digest: string;
  /** sha256:… of the uncompressed tar (inspect RootFS.Layers). */
  diffId: string;
  /** Uncompressed bytes (what SIZE and history count). */
  size: number;
  /** Download bytes (what the pull progress counts). */
  compressed: number;
  /** Build time of the layer, ms. */
  created: number;
  files: FileSet;
}

/** One history line; `layer` is set for steps that produced a filesystem layer. */
export interface CatalogStep {
  createdBy: string;
  created: number;
  layer?: CatalogLayer;
  comment?: string;
}

export interface CatalogImage {
  era: ProfileName;
  /** Familiar repository name: 'ubuntu', 'tutum/hello-world'. */
  repo: string;
  tags: string[];
  /** 64 hex config digest (the image id). */
  id: string;
  /** 'sha256:…' manifest digest, as the pull's `Digest:` line prints. */
  repoDigest: string;
  created: number;
  /** History, oldest first. */
  steps: CatalogStep[];
  config: ImageConfig;
  dockerVersion: string;
  author: string;
  os: string;
  architecture: string;
}
