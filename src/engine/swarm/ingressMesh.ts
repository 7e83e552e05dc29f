// The routing mesh: a port a service publishes (ingress mode) answers on every node of the swarm
// and IPVS hands each new connection to the next running task, round-robin, wherever that task
// runs. The position is the service's `rr` in the world, so the spread is deterministic; the
// caller that opens the connection moves it on (advanceIngress).
import type { Ctx } from '../ctx';
import { getContainerById } from '../tables/containerTable';
import type { Cluster, Service, Task, World } from '../world';
import { getClusterOf, getSelfNode } from './cluster';
import { listTaskSnapshots } from './taskTable';

export interface MeshTarget {
  serviceId: string;
  host: string;
  containerId: string;
  port: number;
  /** The receiving node's address on the ingress network, which the task sees as the client. */
  remoteAddr: string;
}

function publishingService(cluster: Cluster, port: number, proto: string): Service | undefined {
  return Object.values(cluster.services).find((s) => s.spec.ports.some((p) => p.publishMode === 'ingress' && p.publishedPort === port && p.protocol === proto));
}

function runningTasks(world: World, cluster: Cluster, service: Service): Task[] {
  return listTaskSnapshots(cluster, (t) => {
    if (t.serviceId !== service.id || t.state !== 'running' || !t.containerId) return false;
    const node = cluster.nodes[t.nodeId];
    if (!node || node.status !== 'ready') return false;
    const c = getContainerById(world.hosts[node.host].daemon, t.containerId);
    return !!c && c.state.status === 'running';
  }).sort((a, b) => a.slot - b.slot || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** Where a connection to `port` on swarm node `hostName` goes, or undefined (no service publishes it). */
export function ingressTarget(world: World, hostName: string, port: number, proto: string): MeshTarget | undefined {
  const cluster = getClusterOf(world, hostName);
  if (!cluster || getSelfNode(world, hostName)?.status !== 'ready') return undefined;
  const service = publishingService(cluster, port, proto);
  if (!service) return undefined;
  const tasks = runningTasks(world, cluster, service);
  if (tasks.length === 0) return undefined;
  const t = tasks[service.rr % tasks.length];
  const target = service.spec.ports.find((p) => p.publishedPort === port && p.protocol === proto)!.targetPort;
  const net = world.hosts[hostName].daemon.networks[cluster.ingressId];
  return { serviceId: service.id, host: cluster.nodes[t.nodeId].host, containerId: t.containerId!, port: target, remoteAddr: net?.ipam[0]?.gateway ?? '' };
}

/** A connection went through the mesh: the next one goes to the next task. */
export function advanceIngress(ctx: Ctx, serviceId: string): void {
  for (const cluster of Object.values(ctx.world.swarms)) {
    if (Object.hasOwn(cluster.services, serviceId)) cluster.services[serviceId].rr++;
  }
}
