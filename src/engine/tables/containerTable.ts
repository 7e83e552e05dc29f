// The daemon's container records, in buckets keyed by the first two hex digits of the id. Inside
// an immer draft, adding one record copies only its bucket and the small root, not every record
// (one flat record of 10,000 containers cost milliseconds per `docker run`). Every read and write
// of `daemon.containers` goes through here.
import { snapshot } from '../snapshot';
import type { Container, Daemon } from '../world';

type Table = Pick<Daemon, 'containers'>;

/** The bucket a container id lives in. */
export function containerBucketKey(id: string): string {
  return id.slice(0, 2);
}

export function getContainerById(daemon: Table, id: string): Container | undefined {
  const bucket = daemon.containers[containerBucketKey(id)];
  return bucket && Object.prototype.hasOwnProperty.call(bucket, id) ? bucket[id] : undefined;
}

/**
 * Adds or replaces a record. A new one gets the next insertion number (`seq`): listings keep
 * insertion order, which `docker ps` uses to break ties between containers created together.
 */
export function putContainer(daemon: Pick<Daemon, 'containers' | 'containerSeq'>, c: Container): void {
  const key = containerBucketKey(c.id);
  const old = daemon.containers[key]?.[c.id];
  c.seq = old?.seq ?? ++daemon.containerSeq;
  if (!daemon.containers[key]) daemon.containers[key] = {};
  daemon.containers[key][c.id] = c;
}

export function removeContainerRecord(daemon: Table, id: string): void {
  const key = containerBucketKey(id);
  const bucket = daemon.containers[key];
  if (!bucket || !Object.prototype.hasOwnProperty.call(bucket, id)) return;
  delete bucket[id];
  if (Object.keys(bucket).length === 0) delete daemon.containers[key];
}

/**
 * Every record in insertion order. On a draft the entries are drafts (writable); for a scan
 * that only reads, use listContainerSnapshots: a draft entry read makes a proxy per record.
 */
export function listContainerRecords(daemon: Table, keep?: (c: Container) => boolean): Container[] {
  const out: Container[] = [];
  for (const bucket of Object.values(daemon.containers)) for (const c of Object.values(bucket)) if (!keep || keep(c)) out.push(c);
  return out.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}

/** Every record (that `keep` keeps) in insertion order, read only (plain values even inside a draft). */
export function listContainerSnapshots(daemon: Table, keep?: (c: Container) => boolean): Container[] {
  return listContainerRecords({ containers: snapshot(daemon.containers) }, keep);
}

/** Ids starting with `prefix` (any order), looking only at the buckets that can hold them. */
export function containerIdsWithPrefix(daemon: Table, prefix: string): string[] {
  const out: string[] = [];
  const buckets = prefix.length >= 2 ? [containerBucketKey(prefix)] : Object.keys(daemon.containers);
  for (const key of buckets) {
    if (!key.startsWith(prefix.slice(0, 2))) continue;
    const bucket = daemon.containers[key];
    if (bucket) for (const id of Object.keys(bucket)) if (id.startsWith(prefix)) out.push(id);
  }
  return out.sort();
}

export function countContainers(daemon: Table): number {
  let n = 0;
  for (const bucket of Object.values(daemon.containers)) n += Object.keys(bucket).length;
  return n;
}
