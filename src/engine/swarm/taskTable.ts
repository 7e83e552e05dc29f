// A cluster's tasks in 256 buckets by a hash of the id's first two base-36 characters, so that
// inside an immer draft one new task copies a small bucket, not a record of 100,000 tasks (the
// same reason as tables/containerTable.ts). Every read and write of `cluster.tasks` goes here.
import { snapshot } from '../snapshot';
import type { Cluster, Task } from '../world';

export const TASK_BUCKETS = 256;

export function emptyTaskTable(): Cluster['tasks'] {
  return new Array<Record<string, Task> | null>(TASK_BUCKETS).fill(null);
}

export function taskBucketKey(id: string): number {
  return (parseInt(id.slice(0, 1), 36) * 36 + parseInt(id.slice(1, 2), 36)) & (TASK_BUCKETS - 1);
}

export function getTask(cluster: Pick<Cluster, 'tasks'>, id: string): Task | undefined {
  const bucket = cluster.tasks[taskBucketKey(id)];
  return bucket && Object.hasOwn(bucket, id) ? bucket[id] : undefined;
}

export function putTask(cluster: Pick<Cluster, 'tasks' | 'taskCount'>, t: Task): void {
  const key = taskBucketKey(t.id);
  if (!cluster.tasks[key]) cluster.tasks[key] = {};
  if (!Object.hasOwn(cluster.tasks[key]!, t.id)) cluster.taskCount++;
  cluster.tasks[key]![t.id] = t;
}

export function removeTask(cluster: Pick<Cluster, 'tasks' | 'taskCount'>, id: string): void {
  const key = taskBucketKey(id);
  const bucket = cluster.tasks[key];
  if (!bucket || !Object.hasOwn(bucket, id)) return;
  delete bucket[id];
  cluster.taskCount--;
  if (Object.keys(bucket).length === 0) cluster.tasks[key] = null;
}

/** Every task (that `keep` keeps), read only: plain values even inside a draft. */
export function listTaskSnapshots(cluster: Pick<Cluster, 'tasks'>, keep?: (t: Task) => boolean): Task[] {
  const out: Task[] = [];
  for (const bucket of snapshot(cluster.tasks)) if (bucket) for (const t of Object.values(bucket)) if (!keep || keep(t)) out.push(t);
  return out;
}

/** Task ids starting with `prefix`. */
export function taskIdsWithPrefix(cluster: Pick<Cluster, 'tasks'>, prefix: string): string[] {
  return listTaskSnapshots(cluster, (t) => t.id.startsWith(prefix)).map((t) => t.id);
}
