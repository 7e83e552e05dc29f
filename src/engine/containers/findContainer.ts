// Container references as the daemon resolves them: full id, then exact name (with or without
// the leading '/'), then a unique id prefix.
import { SimError } from '../errors';
import { getProfile } from '../profile';
import type { Container, World } from '../world';
import { containerIdByName } from './containerNames';
import { containerIdsWithPrefix, getContainerById } from '../tables/containerTable';

export function findContainer(world: World, hostName: string, ref: string): Container {
  const daemon = world.hosts[hostName].daemon;
  const exact = getContainerById(daemon, ref);
  if (exact) return exact;
  const byName = containerIdByName(daemon, ref.startsWith('/') ? ref.slice(1) : ref);
  if (byName !== undefined) return getContainerById(daemon, byName)!;
  if (ref !== '') {
    // Keys only: reading the entries of a draft would proxy each one.
    const matches = containerIdsWithPrefix(daemon, ref);
    if (matches.length > 1) throw new SimError(getProfile(world).daemon.ambiguousPrefix(ref), 'invalid');
    if (matches.length === 1) return getContainerById(daemon, matches[0])!;
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
