// Container references as the daemon resolves them: full id, then exact name (with or without
// the leading '/'), then a unique id prefix.
import { SimError } from '../errors';
import { getProfile } from '../profile';
import type { Container, World } from '../world';
import { containerIdByName } from './containerNames';

export function findContainer(world: World, hostName: string, ref: string): Container {
  const daemon = world.hosts[hostName].daemon;
  const containers = daemon.containers;
  if (containers[ref]) return containers[ref];
  const byName = containerIdByName(daemon, ref.startsWith('/') ? ref.slice(1) : ref);
  if (byName !== undefined) return containers[byName];
  if (ref !== '') {
    // Keys only: reading the entries of a draft would proxy each one.
    const matches = Object.keys(containers).filter((id) => id.startsWith(ref));
    if (matches.length > 1) throw new SimError(getProfile(world).daemon.ambiguousPrefix(ref), 'invalid');
    if (matches.length === 1) return containers[matches[0]];
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
