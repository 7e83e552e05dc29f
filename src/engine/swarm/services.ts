// Services in the Raft store: create, scale, remove, find. The orchestrator (orchestrator.ts)
// turns a service's desired replicas into tasks on the next reconcile pass; these operations
// only change the spec and mark the cluster dirty.
import type { Ctx } from '../ctx';
import { SimError } from '../errors';
import { newSwarmId } from '../ids';
import { generateContainerName } from '../names';
import { parseReference } from '../images/parseReference';
import type { Cluster, Service, ServiceSpec, World } from '../world';
import { bumpVersion, requireManager } from './cluster';
import { nextIngressIp, removeTaskContainer } from './taskContainers';
import { getTask, listTaskSnapshots, removeTask } from './taskTable';
import { beginRollback, templateOf } from './updater';

export const DEFAULT_RESTART_DELAY = 5_000;

export function defaultServiceSpec(name: string, image: string): ServiceSpec {
  return {
    name,
    image,
    mode: 'replicated',
    replicas: 1,
    args: [],
    env: [],
    ports: [],
    networks: [],
    constraints: [],
    restartCondition: 'any',
    restartDelay: DEFAULT_RESTART_DELAY,
    limitMemory: 0,
    reserveMemory: 0,
    updateDelay: 0,
    updateParallelism: 1,
    updateFailureAction: 'pause',
    forceUpdate: 0,
  };
}

/** `tutum/hello-world` → `tutum/hello-world:latest`, as the service spec records it. */
export function normalizeServiceImage(world: World, image: string): string {
  try {
    const ref = parseReference(world, image);
    return ref.digest ? image : ref.familiar;
  } catch {
    return image;
  }
}

export function findService(cluster: Cluster, ref: string): Service | undefined {
  const all = Object.values(cluster.services);
  return all.find((s) => s.id === ref) ?? all.find((s) => s.spec.name === ref) ?? (ref ? all.filter((s) => s.id.startsWith(ref)).at(0) : undefined);
}

export function mustFindService(cluster: Cluster, ref: string): Service {
  const s = findService(cluster, ref);
  if (!s) throw new SimError(`service ${ref} not found`, 'notFound');
  return s;
}

export function createService(ctx: Ctx, host: string, spec: Partial<ServiceSpec> & { image: string; name?: string }): Service {
  const { cluster } = requireManager(ctx.world, host);
  const id = newSwarmId(ctx.world);
  const taken = (n: string) => Object.values(cluster.services).some((s) => s.spec.name === n);
  const name = spec.name ?? generateContainerName(ctx.world, id, taken);
  if (taken(name)) throw new SimError('rpc error: code = AlreadyExists desc = name conflicts with an existing object', 'conflict');
  for (const p of spec.ports ?? []) {
    const other = Object.values(cluster.services).find((s) => s.spec.ports.some((q) => q.publishedPort === p.publishedPort && q.protocol === p.protocol));
    if (other) {
      throw new SimError(`rpc error: code = InvalidArgument desc = port '${p.publishedPort}' is already in use by service '${other.spec.name}' (${other.id}) as an ingress port`, 'invalid');
    }
  }
  const full: ServiceSpec = { ...defaultServiceSpec(name, normalizeServiceImage(ctx.world, spec.image)), ...spec, name, image: normalizeServiceImage(ctx.world, spec.image) };
  const now = ctx.world.now;
  const service: Service = { id, spec: full, createdAt: now, updatedAt: now, version: bumpVersion(cluster), rr: 0 };
  if (full.ports.length) service.vip = nextIngressIp(ctx, cluster);
  cluster.services[id] = service;
  cluster.dirty = true;
  return service;
}

/** `service scale`/`update --replicas`. */
export function scaleService(ctx: Ctx, host: string, ref: string, replicas: number): Service {
  const { cluster } = requireManager(ctx.world, host);
  const service = mustFindService(cluster, ref);
  if (service.spec.mode !== 'replicated') throw new SimError('replicas can only be used with replicated mode', 'invalid');
  service.previousSpec = { ...service.spec };
  service.spec.replicas = replicas;
  service.updatedAt = ctx.world.now;
  service.version = bumpVersion(cluster);
  cluster.dirty = true;
  return service;
}

/** `service rm`: the service and its tasks go; the nodes remove the tasks' containers. */
export function removeService(ctx: Ctx, host: string, ref: string): Service {
  const { cluster } = requireManager(ctx.world, host);
  const service = mustFindService(cluster, ref);
  for (const snap of listTaskSnapshots(cluster, (t) => t.serviceId === service.id)) {
    removeTaskContainer(ctx, cluster, getTask(cluster, snap.id)!);
    removeTask(cluster, snap.id);
  }
  delete cluster.services[service.id];
  bumpVersion(cluster);
  return service;
}

/**
 * `service update`: the new spec replaces the old one (kept for rollback); when the task
 * template changed, a rolling update starts (swarm/updater.ts). Returns the service.
 */
export function updateService(ctx: Ctx, host: string, ref: string, change: (spec: ServiceSpec) => ServiceSpec): Service {
  const { cluster } = requireManager(ctx.world, host);
  const service = mustFindService(cluster, ref);
  const before = service.spec;
  const after = change({ ...before, env: [...before.env], ports: before.ports.map((p) => ({ ...p })), constraints: [...before.constraints], networks: [...before.networks] });
  if (after.mode !== 'replicated' && after.replicas !== before.replicas) throw new SimError('replicas can only be used with replicated mode', 'invalid');
  after.image = normalizeServiceImage(ctx.world, after.image);
  for (const p of after.ports) {
    const other = Object.values(cluster.services).find((s) => s.id !== service.id && s.spec.ports.some((q) => q.publishedPort === p.publishedPort && q.protocol === p.protocol));
    if (other) {
      throw new SimError(`rpc error: code = InvalidArgument desc = port '${p.publishedPort}' is already in use by service '${other.spec.name}' (${other.id}) as an ingress port`, 'invalid');
    }
  }
  service.previousSpec = before;
  service.spec = after;
  if (after.ports.length && !service.vip) service.vip = nextIngressIp(ctx, cluster);
  if (templateOf(after) !== templateOf(before)) {
    service.specVersion = (service.specVersion ?? 0) + 1;
    service.update = { state: 'updating', startedAt: ctx.world.now, message: 'update in progress' };
  }
  service.updatedAt = ctx.world.now;
  service.version = bumpVersion(cluster);
  cluster.dirty = true;
  return service;
}

/** `service rollback` / `update --rollback`: back to the previous spec, rolled out one task at a time. */
export function rollbackService(ctx: Ctx, host: string, ref: string): Service {
  const { cluster } = requireManager(ctx.world, host);
  const service = mustFindService(cluster, ref);
  if (!service.previousSpec) throw new SimError('service does not have a previous spec', 'conflict');
  beginRollback(ctx, cluster, service, 'manually requested rollback');
  service.updatedAt = ctx.world.now;
  service.version = bumpVersion(cluster);
  return service;
}
