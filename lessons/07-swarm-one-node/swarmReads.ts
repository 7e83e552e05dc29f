// What lesson 7's goals read of the swarm, through the engine's swarm queries: the host's cluster,
// a service by name and its tasks, and what answers on a port of the VM's own address.
import type { Cluster, Service, Task, World } from '../../src/engine';
import { getSelfNode, listServices, listTasks, swarmOf } from '../../src/engine/queries/swarm';
import { httpGet, missing } from '../../src/lessons/goalKit';
import type { GoalResult } from '../../src/lessons/lessonTypes';

export const SERVICE = 'hello-swarm';

export interface ServiceView {
  cluster: Cluster;
  service: Service;
  tasks: Task[];
  /** Tasks that run and are meant to (REPLICAS' first number). */
  running: Task[];
}

export function isLeader(world: World, host: string): boolean {
  const cluster = swarmOf(world, host);
  const self = getSelfNode(world, host);
  return !!cluster && !!self && self.role === 'manager' && cluster.leader === self.id;
}

export function serviceView(world: World, host: string, name: string): ServiceView | undefined {
  const cluster = swarmOf(world, host);
  const service = cluster && listServices(cluster).find((s) => s.spec.name === name);
  if (!cluster || !service) return undefined;
  const tasks = listTasks(cluster, service.id);
  const running = tasks.filter((t) => t.state === 'running' && t.desired === 'running');
  return { cluster, service, tasks, running };
}

/** The service's published port for target port 80, if any. */
export function publishedTo80(service: Service): number | undefined {
  return service.spec.ports.find((p) => p.targetPort === 80)?.publishedPort;
}

/** The first problem with `name` as a service, said to the student, or its view. */
export function needService(world: World, host: string, name: string): ServiceView | GoalResult {
  if (!swarmOf(world, host)) return missing('এই মেশিন এখন কোনো সোয়ার্মে নেই — আগে docker swarm init।', 'This machine is in no swarm now — docker swarm init first.');
  const view = serviceView(world, host, name);
  if (!view) return missing(`সোয়ার্মে ${name} নামে কোনো সার্ভিস নেই।`, `The swarm has no service named ${name}.`);
  return view;
}

export function isView(x: ServiceView | GoalResult): x is ServiceView {
  return typeof x === 'object' && 'service' in x;
}

/** Whether a web page answers on `port` of the host's own (VM) address. */
export function answersOn(world: World, host: string, port: number): boolean {
  const ip = world.hosts[host]?.ip;
  const answer = ip ? httpGet(world, host, `http://${ip}:${port}/`) : undefined;
  return answer?.status === 200;
}

export function hostIp(world: World, host: string): string {
  return world.hosts[host]?.ip ?? '192.168.99.100';
}
