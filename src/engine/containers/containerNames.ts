// The daemon's name registrar: every container name with the id holding it, so that a name is
// found (or found free) by binary search instead of a look at every container. Kept as a sorted
// list of `name id` strings: names never contain a space, and a space sorts before every
// character a name may hold, so the list is in name order. The list is cut into buckets by the
// first two characters, so that a change copies one short list, not every name.
import { snapshot } from '../snapshot';
import type { Daemon } from '../world';

function nameOf(entry: string): string {
  return entry.slice(0, entry.indexOf(' '));
}

/** Index of the first entry whose name is not below `name`. */
function search(list: readonly string[], name: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nameOf(list[mid]) < name) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Names live in buckets by their first two characters (every name has at least two). */
function bucketOf(name: string): string {
  return name.slice(0, 2);
}

function bucketList(daemon: Daemon, key: string): readonly string[] {
  return Object.prototype.hasOwnProperty.call(daemon.names, key) ? snapshot(daemon.names[key]) : [];
}

/** The id of the container called `name` (no leading '/'), if any. */
export function containerIdByName(daemon: Daemon, name: string): string | undefined {
  const list = bucketList(daemon, bucketOf(name));
  const entry = list[search(list, name)];
  return entry !== undefined && nameOf(entry) === name ? entry.slice(name.length + 1) : undefined;
}

export function registerContainerName(daemon: Daemon, name: string, id: string): void {
  const key = bucketOf(name);
  const list = bucketList(daemon, key);
  const i = search(list, name);
  const next = list.slice();
  next.splice(i, nameOf(list[i] ?? '') === name ? 1 : 0, `${name} ${id}`);
  daemon.names[key] = next;
}

export function unregisterContainerName(daemon: Daemon, name: string, id: string): void {
  const key = bucketOf(name);
  const list = bucketList(daemon, key);
  const i = search(list, name);
  if (list[i] !== `${name} ${id}`) return;
  if (list.length === 1) delete daemon.names[key];
  else daemon.names[key] = [...list.slice(0, i), ...list.slice(i + 1)];
}

/** Every `name id` entry, in name order. */
export function listContainerNames(daemon: Daemon): string[] {
  const keys = Object.keys(daemon.names).sort();
  return ([] as string[]).concat(...keys.map((k) => daemon.names[k]));
}
