// Read-only views of a host's swarm for the CLI, the views and lesson goals.
import { getClusterOf } from '../swarm/cluster';
import { listTaskSnapshots } from '../swarm/taskTable';
import type { Cluster, Service, SwarmNode, Task, TaskState, World } from '../world';

export { getClusterOf, getSelfNode } from '../swarm/cluster';

/** Nodes sorted by hostname, as `docker node ls` lists them. */
export function listNodes(cluster: Cluster): SwarmNode[] {
  return Object.values(cluster.nodes).sort((a, b) => a.host.localeCompare(b.host, 'en', { numeric: true }) || (a.id < b.id ? -1 : 1));
}

/** Services sorted by name. */
export function listServices(cluster: Cluster): Service[] {
  return Object.values(cluster.services).sort((a, b) => a.spec.name.localeCompare(b.spec.name, 'en', { numeric: true }));
}

export function listTasks(cluster: Cluster, serviceId: string): Task[] {
  return listTaskSnapshots(cluster, (t) => t.serviceId === serviceId);
}

export function tasksOnNode(cluster: Cluster, nodeId: string): Task[] {
  return listTaskSnapshots(cluster, (t) => t.nodeId === nodeId);
}

/** Running tasks per service (REPLICAS' first number), counted in one scan. */
export function runningTaskCounts(cluster: Cluster): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of listTaskSnapshots(cluster, (x) => x.state === 'running' && x.desired === 'running')) {
    const node = cluster.nodes[t.nodeId];
    if (node && node.status === 'ready') out[t.serviceId] = (out[t.serviceId] ?? 0) + 1;
  }
  return out;
}

export function swarmOf(world: World, host: string): Cluster | undefined {
  return getClusterOf(world, host);
}

export const TASK_STATE_ORDER: TaskState[] = ['new', 'allocated', 'pending', 'assigned', 'accepted', 'preparing', 'ready', 'starting', 'running'];

/**
 * The state a task shows at `now`: an assigned task walks through accepted, preparing, ready and
 * starting on its way to its start time (the engine stores only the start time), and a task
 * held back by the restart delay is `ready`.
 */
export function shownTaskState(t: Task, now: number): TaskState {
  if (t.state !== 'assigned' || t.runAt === undefined) return t.state;
  if (t.desired === 'ready') return 'ready';
  // from assignment (stateAt) to the start time
  const total = Math.max(1, t.runAt - t.stateAt);
  const i = 3 + Math.floor(((now - t.stateAt) / total) * 5);
  return TASK_STATE_ORDER[Math.min(7, Math.max(3, i))];
}
