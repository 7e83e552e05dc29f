// A task's container on its node: created and started when the task's start time comes (the
// node pulls the image first if it lacks it), named `service.slot.taskid`, labelled as swarm's
// executor labels it, on the ingress overlay (+ docker_gwbridge) when the service publishes
// ports, else on the default bridge. The container record is the node daemon's own, so ps,
// stop, exec, logs and curl treat it like any other.
import type { Ctx } from '../ctx';
import { createContainer } from '../containers/createContainer';
import { deleteContainer } from '../containers/removeContainer';
import { startContainer } from '../containers/startContainer';
import { finishProcess, signalProcess } from '../containers/programRunner';
import { SimError } from '../errors';
import { findImage } from '../images/findImage';
import { pullImage } from '../images/pullImage';
import { intToIp, parseCidr } from '../network/ipam';
import { emptyEndpoint } from '../network/endpoints';
import { getContainerById } from '../tables/containerTable';
import type { Cluster, Service, Task } from '../world';
import { findNetworkByName, GWBRIDGE, INGRESS } from './swarmNetworks';
import { listTaskSnapshots, getTask } from './taskTable';

export function taskName(service: Service, t: Task): string {
  return t.slot > 0 ? `${service.spec.name}.${t.slot}` : `${service.spec.name}.${t.nodeId}`;
}

/** The next ingress address: swarm's allocator hands them out serially across the cluster. */
export function nextIngressIp(ctx: Ctx, cluster: Cluster): string {
  const { base, prefixLen } = parseCidr(ingressSubnetOf(ctx, cluster));
  const size = 2 ** (32 - prefixLen);
  // .1 is the gateway; past the broadcast address the allocator wraps around.
  cluster.ingressNext = Math.max(cluster.ingressNext, 1) + 1;
  if (cluster.ingressNext >= size - 1) cluster.ingressNext = 2;
  return intToIp(base + cluster.ingressNext);
}

function ingressSubnetOf(ctx: Ctx, cluster: Cluster): string {
  for (const n of Object.values(cluster.nodes)) {
    const net = ctx.world.hosts[n.host]?.daemon.networks[cluster.ingressId];
    if (net) return net.ipam[0].subnet;
  }
  return '10.0.0.0/24';
}

/** Creates and starts the task's container; a failure marks the task rejected with its error. */
export function startTaskContainer(ctx: Ctx, cluster: Cluster, task: Task): void {
  const service = cluster.services[task.serviceId];
  const node = cluster.nodes[task.nodeId];
  if (!service || !node) return;
  const host = node.host;
  const spec = service.spec;
  try {
    // the task's own image: a task made before a rolling update keeps the old one
    const image = task.image;
    if (!findImage(ctx.world, host, image)) pullImage(ctx, host, image, { quiet: true, deferClock: true });
    const published = spec.ports.some((p) => p.publishMode === 'ingress');
    const c = createContainer(ctx, host, {
      image,
      name: `${taskName(service, task)}.${task.id}`,
      cmd: spec.args,
      env: spec.env,
      tty: false,
      openStdin: false,
      publish: [],
      publishAll: false,
      volumes: [],
      ...(published ? { network: INGRESS } : {}),
      autoRemove: false,
      ...(spec.limitMemory ? { memory: spec.limitMemory } : {}),
      labels: {
        'com.docker.swarm.node.id': node.id,
        'com.docker.swarm.service.id': service.id,
        'com.docker.swarm.service.name': spec.name,
        'com.docker.swarm.task': '',
        'com.docker.swarm.task.id': task.id,
        'com.docker.swarm.task.name': `${taskName(service, task)}.${task.id}`,
      },
      links: [],
      expose: [],
      networkAliases: [],
    });
    c.imageRef = image;
    c.taskId = task.id;
    if (published) {
      c.networks[INGRESS].ipamConfig = { ipv4Address: nextIngressIp(ctx, cluster) };
      const gw = findNetworkByName(ctx, host, GWBRIDGE);
      if (gw) c.networks[GWBRIDGE] = emptyEndpoint(gw.id);
    }
    task.containerId = c.id;
    startContainer(ctx, host, c.id);
    Object.assign(task, { state: 'running', stateAt: ctx.world.now, runAt: undefined });
  } catch (e) {
    if (!(e instanceof SimError)) throw e;
    Object.assign(task, { state: 'rejected', stateAt: ctx.world.now, desired: 'shutdown', error: e.message, runAt: undefined });
    cluster.dirty = true; // the slot is replaced after the restart delay
  }
}

/** The task's container, if it still exists on its node. */
export function taskContainer(ctx: Ctx, cluster: Cluster, task: Task) {
  const node = cluster.nodes[task.nodeId];
  if (!node || !task.containerId) return undefined;
  const host = ctx.world.hosts[node.host];
  return host ? getContainerById(host.daemon, task.containerId) : undefined;
}

/** Removes the task's container from its node (swarm's shutdown then removal). */
export function removeTaskContainer(ctx: Ctx, cluster: Cluster, task: Task): void {
  const c = taskContainer(ctx, cluster, task);
  if (c) deleteContainer(ctx, cluster.nodes[task.nodeId].host, c, true);
  task.containerId = undefined;
}

/** A node leaves: its task containers go, its tasks are shut down (the orchestrator replaces them). */
export function removeNodeTasks(ctx: Ctx, cluster: Cluster, nodeId: string): void {
  for (const snap of listTaskSnapshots(cluster, (t) => t.nodeId === nodeId)) {
    const t = getTask(cluster, snap.id)!;
    removeTaskContainer(ctx, cluster, t);
    if (t.desired === 'running' || t.desired === 'ready') {
      Object.assign(t, { desired: 'shutdown', state: 'shutdown', stateAt: ctx.world.now });
    }
  }
}

/**
 * The orchestrator shuts a task down (drain, scale down, rolling update): desired and current
 * state Shutdown first, so the container's exit is not read as a failure; then the node stops
 * the container (SIGTERM, and SIGKILL at once for a program that ignores it), keeping it as
 * history. A node that does not answer reports nothing: its task keeps its last state.
 */
export function shutdownTask(ctx: Ctx, cluster: Cluster, task: Task): void {
  const node = cluster.nodes[task.nodeId];
  task.desired = 'shutdown';
  task.runAt = undefined;
  const reachable = !!node && ctx.world.hosts[node.host]?.daemon.running === true && node.status === 'ready';
  if (!reachable && task.state === 'running') return;
  Object.assign(task, { state: 'shutdown', stateAt: ctx.world.now });
  const c = taskContainer(ctx, cluster, task);
  if (!c || !node || c.state.status !== 'running' || !c.state.pid) return;
  const pid = c.state.pid;
  signalProcess(ctx, node.host, pid, 'SIGTERM');
  if (c.state.pid === pid && c.state.status === 'running') finishProcess(ctx, node.host, pid, 137);
}
