// The daemon's name registrar: every container name with the id holding it, so that a name is
// found (or found free) by binary search instead of a look at every container. Kept as a sorted
// list of `name id` strings: names never contain a space, and a space sorts before every
// character a name may hold, so the list is in name order. Replacing the list is a memcpy, where
// a record keyed by name would be copied key by key on every change.
import { freshList, snapshot } from '../snapshot';
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

/** The id of the container called `name` (no leading '/'), if any. */
export function containerIdByName(daemon: Daemon, name: string): string | undefined {
  const list = snapshot(daemon.names);
  const entry = list[search(list, name)];
  return entry !== undefined && nameOf(entry) === name ? entry.slice(name.length + 1) : undefined;
}

export function registerContainerName(daemon: Daemon, name: string, id: string): void {
  const list = snapshot(daemon.names);
  const i = search(list, name);
  const next = list.slice();
  next.splice(i, nameOf(list[i] ?? '') === name ? 1 : 0, `${name} ${id}`);
  daemon.names = freshList(daemon, next);
}

export function unregisterContainerName(daemon: Daemon, name: string, id: string): void {
  const list = snapshot(daemon.names);
  const i = search(list, name);
  if (list[i] === `${name} ${id}`) daemon.names = freshList(daemon, [...list.slice(0, i), ...list.slice(i + 1)]);
}
