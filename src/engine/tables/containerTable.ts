// The daemon's container records, in 256 buckets by the first two hex digits of the id:
// `containers[parseInt(id.slice(0, 2), 16)][id]`, null while a bucket is empty. Inside an immer
// draft, adding one record copies only its bucket and the root array (a block copy), not every
// record (one flat record of 10,000 containers cost milliseconds per `docker run`). Every read
// and write of `daemon.containers` goes through here.
import { snapshot } from '../snapshot';
import type { Container, Daemon } from '../world';

type Table = Pick<Daemon, 'containers'>;

export const CONTAINER_BUCKETS = 256;

export function emptyContainerTable(): Daemon['containers'] {
  return new Array<Record<string, Container> | null>(CONTAINER_BUCKETS).fill(null);
}

/** The bucket a container id lives in; NaN for text that does not start with two hex digits. */
export function containerBucketKey(id: string): number {
  return /^[0-9a-f]{2}/.test(id) ? parseInt(id.slice(0, 2), 16) : NaN;
}

export function getContainerById(daemon: Table, id: string): Container | undefined {
  const key = containerBucketKey(id);
  const bucket = Number.isNaN(key) ? null : daemon.containers[key];
  return bucket && Object.prototype.hasOwnProperty.call(bucket, id) ? bucket[id] : undefined;
}

/**
 * Adds or replaces a record. A new one gets the next insertion number (`seq`): listings keep
 * insertion order, which `docker ps` uses to break ties between containers created together.
 */
export function putContainer(daemon: Pick<Daemon, 'containers' | 'containerSeq'>, c: Container): void {
  const key = containerBucketKey(c.id);
  if (Number.isNaN(key)) throw new Error(`container id is not hex: ${c.id}`);
  const old = getContainerById(daemon, c.id);
  c.seq = old?.seq ?? ++daemon.containerSeq;
  if (!daemon.containers[key]) daemon.containers[key] = {};
  daemon.containers[key]![c.id] = c;
}

export function removeContainerRecord(daemon: Table, id: string): void {
  if (!getContainerById(daemon, id)) return;
  const key = containerBucketKey(id);
  const bucket = daemon.containers[key]!;
  delete bucket[id];
  if (Object.keys(bucket).length === 0) daemon.containers[key] = null;
}

/**
 * Every record (that `keep` keeps) in insertion order. On a draft the entries are drafts
 * (writable); for a scan that only reads, use listContainerSnapshots: a draft entry read makes
 * a proxy per record.
 */
export function listContainerRecords(daemon: Table, keep?: (c: Container) => boolean): Container[] {
  const out: Container[] = [];
  for (const bucket of daemon.containers) if (bucket) for (const c of Object.values(bucket)) if (!keep || keep(c)) out.push(c);
  return out.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}

/** Every record (that `keep` keeps) in insertion order, read only (plain values even inside a draft). */
export function listContainerSnapshots(daemon: Table, keep?: (c: Container) => boolean): Container[] {
  return listContainerRecords({ containers: snapshot(daemon.containers) }, keep);
}

/** Ids starting with `prefix`, looking only at the buckets that can hold them. */
export function containerIdsWithPrefix(daemon: Table, prefix: string): string[] {
  const out: string[] = [];
  const head = prefix.slice(0, 2);
  daemon.containers.forEach((bucket, key) => {
    if (!bucket || !key.toString(16).padStart(2, '0').startsWith(head)) return;
    for (const id of Object.keys(bucket)) if (id.startsWith(prefix)) out.push(id);
  });
  return out;
}

export function countContainers(daemon: Table): number {
  let n = 0;
  for (const bucket of daemon.containers) if (bucket) n += Object.keys(bucket).length;
  return n;
}
