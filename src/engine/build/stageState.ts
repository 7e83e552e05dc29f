// The state of one build stage between steps: what the next step builds on (the image so far:
// layers, config, history), the variables it may expand, and where the cache still holds.
import type { Image, ImageConfig, ImageHistoryEntry } from '../world';

export interface StageState {
  /** `FROM … AS name`, lower-cased as Docker compares it. */
  name?: string;
  /** Classic: the image the last step committed ('' on scratch before any step). */
  imageId: string;
  layers: string[];
  config: ImageConfig;
  history: ImageHistoryEntry[];
  os: string;
  architecture: string;
  /** BuildKit: the cache key of the filesystem state so far. */
  cacheKey: string;
  /** ARG values in scope in this stage (declared, with a value). */
  args: Record<string, string>;
  /** SHELL: what shell-form commands run with. */
  shell: string[];
  /** A step of this stage missed the cache: every later one rebuilds. */
  missed: boolean;
  /** This stage set CMD itself (an ENTRYPOINT after it keeps it; otherwise ENTRYPOINT drops the base's). */
  cmdSet: boolean;
}

export const DEFAULT_SHELL = ['/bin/sh', '-c'];

export function emptyConfig(): ImageConfig {
  return { cmd: null, entrypoint: null, env: [], workingDir: '', exposedPorts: [], user: '', labels: {}, volumes: [] };
}

export function cloneConfig(c: ImageConfig): ImageConfig {
  return {
    ...c,
    cmd: c.cmd ? [...c.cmd] : null,
    entrypoint: c.entrypoint ? [...c.entrypoint] : null,
    env: [...c.env],
    exposedPorts: [...c.exposedPorts],
    labels: { ...c.labels },
    volumes: [...c.volumes],
  };
}

export function stageFromImage(image: Image | undefined, name: string | undefined, cacheKey: string): StageState {
  return {
    name,
    imageId: image?.id ?? '',
    layers: image ? [...image.layers] : [],
    config: image ? cloneConfig(image.config) : emptyConfig(),
    history: image ? image.history.map((h) => ({ ...h })) : [],
    os: image?.os ?? 'linux',
    architecture: image?.architecture ?? 'amd64',
    cacheKey,
    args: {},
    shell: [...DEFAULT_SHELL],
    missed: false,
    cmdSet: false,
  };
}

/** The image's ENV as a map, for `$VAR` expansion and the RUN environment. */
export function envMap(config: ImageConfig): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of config.env) {
    const i = e.indexOf('=');
    if (i > 0) out[e.slice(0, i)] = e.slice(i + 1);
  }
  return out;
}

/** What `$VAR` sees at a step: the stage's ARGs, overridden by ENV (Docker's precedence). */
export function expansionEnv(state: StageState): Record<string, string> {
  return { ...state.args, ...envMap(state.config) };
}

export function setEnv(config: ImageConfig, key: string, value: string): void {
  const i = config.env.findIndex((e) => e.slice(0, e.indexOf('=') < 0 ? e.length : e.indexOf('=')) === key);
  if (i >= 0) config.env[i] = `${key}=${value}`;
  else config.env.push(`${key}=${value}`);
}
