// Container references as the daemon resolves them: full id, then exact name (with or without
// the leading '/'), then a unique id prefix.
import { SimError } from '../errors';
import { getProfile } from '../profile';
import { snapshot } from '../snapshot';
import type { Container, World } from '../world';

export function findContainer(world: World, hostName: string, ref: string): Container {
  const containers = world.hosts[hostName].daemon.containers;
  if (containers[ref]) return containers[ref];
  const name = ref.startsWith('/') ? ref.slice(1) : ref;
  const all = Object.values(snapshot(containers));
  const byName = all.find((c) => c.name === name);
  // Hand back the draft itself: callers may change what they found.
  if (byName) return containers[byName.id];
  if (ref !== '') {
    const matches = all.filter((c) => c.id.startsWith(ref));
    if (matches.length > 1) throw new SimError(getProfile(world).daemon.ambiguousPrefix(ref), 'invalid');
    if (matches.length === 1) return containers[matches[0].id];
  }
  throw new SimError(`No such container: ${ref}`, 'notFound');
}

export function hasContainer(world: World, hostName: string, ref: string): boolean {
  try {
    findContainer(world, hostName, ref);
    return true;
  } catch {
    return false;
  }
}
