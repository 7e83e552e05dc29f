// `docker commit`: a new image whose top layer is the container's writable layer, on top of the
// container's image (its parent), with the container's config (plus `--change` instructions) and
// one history entry (`created_by` = the container's command, `comment` = -m).
import { parseDockerfile } from '../build/dockerfile/parseDockerfile';
import type { Instruction } from '../build/dockerfile/dockerfileTypes';
import { findContainer } from '../containers/findContainer';
import { emit, type Ctx } from '../ctx';
import { SimError } from '../errors';
import { cloneNode, nodeSize } from '../fs/tree';
import type { FsDir } from '../fs/fsTypes';
import { fakeSha256 } from '../hub/fakeSha256';
import type { Image, ImageConfig } from '../world';
import { getLayerInfo } from './layerInfo';
import { parseReference } from './parseReference';

export interface CommitOptions {
  repoTag?: string;
  message?: string;
  author?: string;
  /** `-c 'CMD ["python","app.py"]'`: Dockerfile instructions applied to the config. */
  changes?: string[];
}

const CHANGE_KINDS = new Set(['CMD', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'LABEL', 'ONBUILD', 'USER', 'VOLUME', 'WORKDIR', 'STOPSIGNAL', 'HEALTHCHECK']);

/** Returns the new image id (64 hex). */
export function commitContainer(ctx: Ctx, host: string, containerRef: string, opts: CommitOptions = {}): string {
  const { world } = ctx;
  const container = findContainer(world, host, containerRef);
  const daemon = world.hosts[host].daemon;
  // The reference is checked before anything is made (the CLI parses it first).
  const target = opts.repoTag ? parseReference(world, opts.repoTag) : undefined;
  if (target?.digest) throw new SimError('refusing to create a tag with a digest reference', 'invalid');
  const base = daemon.images[container.imageId];

  const config: ImageConfig = {
    ...(base?.config ?? { exposedPorts: [], labels: {}, volumes: [] }),
    cmd: container.config.cmd ? [...container.config.cmd] : null,
    entrypoint: container.config.entrypoint ? [...container.config.entrypoint] : null,
    env: [...container.config.env],
    workingDir: container.config.workingDir,
    user: container.config.user,
    exposedPorts: [...new Set([...(base?.config.exposedPorts ?? []), ...container.config.exposedPorts])],
    labels: { ...(base?.config.labels ?? {}), ...container.config.labels },
    volumes: [...(base?.config.volumes ?? [])],
  };
  for (const change of opts.changes ?? []) applyChange(world.profile, config, change);

  const files = cloneNode(container.rw) as FsDir;
  const size = treeSize(files);
  const seed = `commit:${container.id}:${world.now}:${JSON.stringify(files)}`;
  const digest = `sha256:${fakeSha256(`layer:${seed}`)}`;
  const createdBy = (container.config.cmd ?? []).join(' ');
  if (!world.layerStore[digest]) {
    world.layerStore[digest] = { digest, diffId: `sha256:${fakeSha256(`diff:${seed}`)}`, size, files, createdBy };
  }
  daemon.layers[digest] = true;

  const layers = [...(base?.layers ?? []), digest];
  const history = [
    ...(base?.history ?? []).map((h) => ({ ...h })),
    { created: world.now, createdBy, size, emptyLayer: false, ...(opts.message ? { comment: opts.message } : {}) },
  ];
  const id = fakeSha256(JSON.stringify({ parent: base?.id ?? '', layers, config, created: world.now, author: opts.author ?? '' }));
  const image: Image = {
    id,
    repoDigests: [],
    parent: base?.id ?? '',
    created: world.now,
    layers,
    size: layers.reduce((sum, d) => sum + getLayerInfo(world, d).size, 0),
    config,
    history,
    os: base?.os ?? 'linux',
    architecture: base?.architecture ?? 'amd64',
  };
  daemon.images[id] = image;
  if (target) daemon.tags[`${target.repo}:${target.tag}`] = id;
  emit(ctx, { type: 'image.tagged', host, imageId: id, ref: target?.familiar ?? `sha256:${id}` });
  return id;
}

function treeSize(dir: FsDir): number {
  let total = 0;
  for (const node of Object.values(dir.c)) total += node.t === 'd' ? treeSize(node) : node.t === 'w' ? 0 : nodeSize(node);
  return total;
}

/** One `--change` line, parsed as a Dockerfile instruction (Docker's BuildFromConfig does the same). */
function applyChange(profile: 'current' | 'classic', config: ImageConfig, change: string): void {
  const parsed = parseDockerfile(`FROM scratch\n${change}`, profile);
  if (!parsed.ok) {
    const e = parsed.error;
    throw new SimError(e.origin === 'instruction' ? `dockerfile parse error line 1: ${e.message}` : e.message, 'invalid');
  }
  for (const ins of parsed.dockerfile.instructions.slice(1)) {
    if (!CHANGE_KINDS.has(ins.kind)) throw new SimError(`${ins.kind.toLowerCase()} is not a valid change command`, 'invalid');
    applyInstruction(config, ins);
  }
}

const unquote = (s: string) => s.replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1');

function applyInstruction(config: ImageConfig, ins: Instruction): void {
  const argv = (c: { form: 'shell'; text: string } | { form: 'exec'; argv: string[] }) => (c.form === 'exec' ? c.argv : ['/bin/sh', '-c', c.text]);
  switch (ins.kind) {
    case 'CMD':
      config.cmd = argv(ins.command);
      break;
    case 'ENTRYPOINT':
      config.entrypoint = argv(ins.command);
      break;
    case 'ENV':
      for (const [k, v] of ins.pairs) config.env = [...config.env.filter((e) => !e.startsWith(`${k}=`)), `${k}=${unquote(v)}`];
      break;
    case 'EXPOSE':
      for (const p of ins.ports) if (!config.exposedPorts.includes(p.includes('/') ? p : `${p}/tcp`)) config.exposedPorts.push(p.includes('/') ? p : `${p}/tcp`);
      break;
    case 'LABEL':
      for (const [k, v] of ins.pairs) config.labels[unquote(k)] = unquote(v);
      break;
    case 'USER':
      config.user = ins.user;
      break;
    case 'WORKDIR':
      config.workingDir = ins.path;
      break;
    case 'VOLUME':
      for (const p of ins.paths) if (!config.volumes.includes(p)) config.volumes.push(p);
      break;
    case 'STOPSIGNAL':
      config.stopSignal = ins.signal;
      break;
    default:
      break;
  }
}
