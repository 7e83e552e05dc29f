// Scans over world collections read a snapshot, not the immer draft: reading every entry of a
// draft record makes a proxy per entry, which costs more than the scan itself. An untouched draft
// gives back its base object for free.
import { current, isDraft } from 'immer';
import type { World } from './world';

/** `x` itself outside a draft; inside one, the current plain value (read only: never mutate it). */
export function snapshot<T>(x: T): T {
  return isDraft(x) ? (current(x as Parameters<typeof current>[0]) as T) : x;
}

/**
 * A new list to put in `owner` in place of a long one, instead of inserting into or removing
 * from the draft's list: that goes through the proxy for every entry that shifts (about 1 µs
 * each). Inside a draft it is frozen, so that immer does not walk the entries when it finalizes
 * (it skips frozen values; its own freezing is off); the next change copies it as usual. A
 * plain world (tests) gets it as it is. Its entries must be plain values, not drafts.
 */
export function freshList<T>(owner: object, entries: T[]): T[] {
  return isDraft(owner) ? (Object.freeze(entries) as T[]) : entries;
}

/**
 * The world for reading one host's records in bulk: that host as a snapshot, the rest as given.
 * Cheaper than a snapshot of the whole world, whose terminals (history) change with every line.
 */
export function hostSnapshot(world: World, hostName: string): World {
  if (!isDraft(world)) return world;
  return { ...world, hosts: { ...world.hosts, [hostName]: snapshot(world.hosts[hostName]) } };
}
