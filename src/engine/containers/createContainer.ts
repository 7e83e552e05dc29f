// `docker create`: validate the spec as the daemon does, then record a container in state
// `created` with an empty writable layer. Nothing runs yet.
import { prepareMounts } from '../fs/prepareMounts';
import { emit, type Ctx } from '../ctx';
import { SimError } from '../errors';
import { newId } from '../ids';
import { generateContainerName, VALID_CONTAINER_NAME, VALID_CONTAINER_NAME_CHARS } from '../names';
import { emptyEndpoint } from '../network/endpoints';
import { findNetwork } from '../network/getNetwork';
import { getProfile } from '../profile';
import { createVolume } from '../volumes/volumes';
import type { Container, Endpoint, Image, Mount, World } from '../world';
import type { ContainerSpec } from './containerSpec';
import { containerIdByName, registerContainerName } from './containerNames';
import { findContainer } from './findContainer';
import { imageVolumes, requestedMounts } from './mountPlan';
import { mergeEnv } from './processEnv';
import { parsePublish, parseRestartPolicy } from './parseSpecs';
import { resolveImage } from './imageLookup';
import { putContainer } from '../tables/containerTable';

export function nameConflictMessage(name: string, id: string): string {
  return `Conflict. The container name "/${name}" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`;
}

/** Validate a name for a new or renamed container; throws Docker's errors. */
export function checkContainerName(world: World, hostName: string, name: string, selfId = ''): string {
  if (!VALID_CONTAINER_NAME.test(name)) {
    throw new SimError(`Invalid container name (${name}), only ${VALID_CONTAINER_NAME_CHARS} are allowed`, 'invalid');
  }
  const bare = name.replace(/^\//, '');
  const holder = containerIdByName(world.hosts[hostName].daemon, bare);
  if (holder !== undefined && holder !== selfId) throw new SimError(nameConflictMessage(bare, holder), 'conflict');
  return bare;
}

function normalizeExpose(value: string): string[] {
  const [ports, proto = 'tcp'] = value.split('/');
  const [a, b = a] = ports.split('-').map(Number);
  const out: string[] = [];
  for (let p = a; p <= b; p++) out.push(`${p}/${proto}`);
  return out;
}

function commandOf(spec: ContainerSpec, image: Image): { entrypoint: string[] | null; cmd: string[] | null } {
  if (spec.entrypoint !== undefined) {
    // An explicit entrypoint drops the image's Cmd as well.
    return { entrypoint: spec.entrypoint === '' ? null : [spec.entrypoint], cmd: spec.cmd.length ? [...spec.cmd] : null };
  }
  return { entrypoint: image.config.entrypoint, cmd: spec.cmd.length ? [...spec.cmd] : image.config.cmd };
}

function networksOf(world: World, hostName: string, mode: string, aliases: string[]): Record<string, Endpoint> {
  const netName = mode === 'default' ? 'bridge' : mode;
  const net = findNetwork(world, hostName, netName);
  if (!net) throw new SimError(`network ${netName} not found`, 'notFound');
  const userDefined = !['bridge', 'host', 'none'].includes(net.name);
  return { [net.name]: emptyEndpoint(net.id, userDefined ? [...aliases] : []) };
}

function linksOf(world: World, hostName: string, name: string, links: string[]): string[] {
  return links.map((l) => {
    const [target, alias = target] = l.split(':');
    let c: Container;
    try {
      c = findContainer(world, hostName, target);
    } catch (e) {
      throw new SimError(`could not get container for ${target}: ${(e as Error).message}`, 'notFound');
    }
    return `/${c.name}:/${name}/${alias}`;
  });
}

export function createContainer(ctx: Ctx, hostName: string, spec: ContainerSpec): Container {
  const { world } = ctx;
  const daemon = world.hosts[hostName].daemon;
  const msg = getProfile(world).daemon;
  const restartPolicy = parseRestartPolicy(spec.restart, msg);
  if (spec.autoRemove && restartPolicy.name !== 'no') throw new SimError(msg.restartWithRm, 'invalid');
  const ports = parsePublish(spec.publish, msg);
  const mountRequests = requestedMounts(spec.volumes);
  const image = resolveImage(world, hostName, spec.image);
  if (spec.name !== undefined) checkContainerName(world, hostName, spec.name);

  const { entrypoint, cmd } = commandOf(spec, image);
  const argv = [...(entrypoint ?? []), ...(cmd ?? [])];
  if (argv.length === 0) throw new SimError('No command specified', 'invalid');
  const networkMode = spec.network ?? msg.defaultNetworkMode;
  const networks = networksOf(world, hostName, networkMode, spec.networkAliases);

  const id = newId(world);
  const taken = (n: string) => containerIdByName(daemon, n) !== undefined;
  const name = spec.name !== undefined ? spec.name.replace(/^\//, '') : generateContainerName(world, id, taken);
  const links = linksOf(world, hostName, name, spec.links);

  const exposed: string[] = [];
  for (const p of [...image.config.exposedPorts, ...spec.expose.flatMap(normalizeExpose), ...ports.exposed]) {
    if (!exposed.includes(p)) exposed.push(p);
  }
  const mounts: Mount[] = [];
  for (const req of [...mountRequests, ...imageVolumes(image, mountRequests)]) {
    if (req.type === 'bind') {
      mounts.push({ type: 'bind', source: req.source, destination: req.destination, rw: req.rw });
      continue;
    }
    const vol = createVolume(ctx, hostName, req.source || undefined);
    mounts.push({ type: 'volume', name: vol.name, source: vol.mountpoint, destination: req.destination, rw: req.rw });
  }

  const c: Container = {
    id,
    name,
    imageRef: spec.image,
    imageId: image.id,
    created: world.now,
    path: argv[0],
    args: argv.slice(1),
    config: {
      hostname: spec.hostname || (networkMode === 'host' ? hostName : id.slice(0, 12)),
      domainname: '',
      user: spec.user ?? image.config.user,
      env: mergeEnv(image.config.env, spec.env.filter((e) => e.includes('='))),
      cmd,
      entrypoint,
      workingDir: spec.workingDir ?? image.config.workingDir,
      exposedPorts: exposed,
      tty: spec.tty,
      openStdin: spec.openStdin,
      attachStdin: spec.openStdin,
      labels: { ...image.config.labels, ...spec.labels },
    },
    hostConfig: {
      binds: [...spec.volumes],
      networkMode,
      portBindings: ports.bindings,
      publishAllPorts: spec.publishAll,
      restartPolicy,
      autoRemove: spec.autoRemove,
      memory: spec.memory ?? 0,
      nanoCpus: spec.nanoCpus ?? 0,
      links,
    },
    state: {
      status: 'created',
      pid: 0,
      exitCode: 0,
      error: '',
      startedAt: 0,
      finishedAt: 0,
      oomKilled: false,
      stoppedByUser: false,
    },
    restartCount: 0,
    ports: {},
    networks,
    mounts,
    rw: { t: 'd', mode: 0o755, mtime: world.now, c: {} },
    logs: [],
    execPids: [],
    ns: {},
  };
  prepareMounts(world, hostName, c);
  putContainer(daemon, c);
  registerContainerName(daemon, name, id);
  emit(ctx, { type: 'container.created', host: hostName, containerId: id });
  return c;
}
