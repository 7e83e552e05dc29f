// Images and the layers they are made of.
import type { FsDir } from '../fs/fsTypes';

export interface LayerRecord {
  digest: string; // sha256:… of the compressed blob (what pull prints, 12 chars)
  diffId: string; // sha256:… of the uncompressed tar
  size: number; // bytes, uncompressed
  /** The files this layer adds or changes (a diff tree with whiteouts). */
  files: FsDir;
  createdBy: string; // history line, e.g. '/bin/sh -c #(nop)  CMD ["bash"]'
}

export interface ImageConfig {
  cmd: string[] | null;
  entrypoint: string[] | null;
  env: string[];
  workingDir: string;
  exposedPorts: string[]; // '80/tcp'
  user: string;
  labels: Record<string, string>;
  volumes: string[];
  stopSignal?: string;
  /** HEALTHCHECK from a Dockerfile: Test as Docker stores it (`["CMD-SHELL", "curl …"]`), durations in ns. */
  healthcheck?: { test: string[]; interval?: number; timeout?: number; startPeriod?: number; retries?: number };
}

export interface ImageHistoryEntry {
  created: number;
  createdBy: string;
  size: number;
  emptyLayer: boolean;
  comment?: string;
}

export interface Image {
  id: string; // 64 hex, the config digest
  /** Repo digests, e.g. 'hello-world@sha256:…'. */
  repoDigests: string[];
  parent: string; // '' for pulled images; the parent image id for build steps
  created: number; // build time (ms), shown as CREATED
  /** Layer digests, bottom first. Entries may repeat across images (shared base layers). */
  layers: string[];
  size: number; // bytes, sum of layers
  config: ImageConfig;
  history: ImageHistoryEntry[];
  os: string;
  architecture: string;
  /** Set when the image came from the hub catalog. */
  catalogRef?: string;
}
