// What a build asks for and what it did, as plain data: the shell renders the steps in its
// era's format (classic `Step N/M`, BuildKit's progress view) and plays them out on the clock.
import type { Instruction } from './dockerfile/dockerfileTypes';

/** The classic (legacy) builder or BuildKit: history texts, cache and output differ. */
export type BuilderKind = 'classic' | 'buildkit';

export interface BuildRequest {
  /** Host whose filesystem holds the context (the CLI's host). */
  contextHost: string;
  /** Absolute context directory on that host. */
  contextDir: string;
  /** Absolute Dockerfile path (default: contextDir/Dockerfile). */
  dockerfilePath: string;
  /** Tags as typed (`myapp`, `me/app:1.0`). */
  tags: string[];
  buildArgs: Record<string, string>;
  noCache: boolean;
  builder: BuilderKind;
  /** --label: set on the image (classic: as a LABEL step the builder appends). */
  labels?: Record<string, string>;
  /** --pull: resolve every base at the registry again. */
  pull?: boolean;
  /** --target: the stage to stop at. */
  target?: string;
}

export interface StepOutput {
  stream: 'stdout' | 'stderr';
  text: string;
  /** Virtual ms after the step started. */
  at: number;
}

export interface PullInfo {
  /** The pull's final lines (`3.6.4-slim: Pulling from library/python`, …, `Status: …`). */
  lines: string[];
  durationMs: number;
  /** Layers fetched (BuildKit lists them under FROM): compressed size and when each moved (ms into the pull). */
  layers: { digest: string; size: number; downloadStartAt: number; downloadedAt: number; extractStartAt: number; extractedAt: number }[];
}

export interface BuildStep {
  /** 1-based position among all instructions (`Step N/M`). */
  n: number;
  instruction: Instruction;
  /** BuildKit's `[i/N]` within the final stage's chain, for filesystem steps. */
  vertex?: { index: number; total: number; stage?: string };
  cached: boolean;
  /** Virtual ms from the build's start. */
  startMs: number;
  durationMs: number;
  /** Classic: the image this step ended on. */
  imageId?: string;
  /** Classic: the container the step ran in (RUN, metadata; WORKDIR without `Running in`). */
  containerId?: string;
  output: StepOutput[];
  pull?: PullInfo;
  /** The resolved base for FROM (`docker.io/library/python:3.6.4-slim@sha256:…`). */
  fromRef?: string;
  /** FROM: the familiar reference after ARG expansion (`python:3.6.4-slim`), or `scratch`. */
  fromName?: string;
  /** RUN: the command as the daemon reports it (`/bin/sh -c foo`). */
  commandText?: string;
  exitCode?: number;
  /** A Note printed by the classic builder (HEALTHCHECK override). */
  note?: string;
}

export type BuildFailure =
  | { kind: 'parse'; line: number; message: string; origin: 'instruction' | 'parser' | 'stage' }
  | { kind: 'run'; step: number; command: string; exitCode: number }
  | { kind: 'step'; step: number; message: string };

export interface BuildResult {
  contextSize: number;
  dockerfileSize: number;
  dockerignoreSize: number;
  dockerfileName: string;
  dockerfileText: string;
  /** Instruction count (`Step N/M`'s M). */
  total: number;
  steps: BuildStep[];
  /** Images created by this build (classic intermediates and the final one), oldest first, with the ms they appear at. */
  created: { imageId: string; at: number }[];
  imageId?: string;
  /** The final image existed before this build (all cached). */
  reused?: boolean;
  failure?: BuildFailure;
  /** --build-arg names no ARG consumed. */
  unusedArgs: string[];
  /** The parser's warnings the classic builder prints before Step 1. */
  warnings: string[];
  durationMs: number;
  /** BuildKit's Dockerfile checks (`JSONArgsRecommended: … (line 7)`); none in the classic builder. */
  lintWarnings: string[];
  /** Layers the build made (digests, in order), not those it found in the cache. */
  newLayers: string[];
  /** BuildKit: context bytes transferred for `[internal] load build context`. */
  transferredContext: number;
}
