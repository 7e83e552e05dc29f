// `docker rename`: same name rules and conflicts as create; links naming the old name follow.
import type { Ctx } from '../ctx';
import { SimError } from '../errors';
import type { Container } from '../world';
import { checkContainerName } from './createContainer';
import { findContainer } from './findContainer';

export function renameContainer(ctx: Ctx, hostName: string, ref: string, newName: string): Container {
  if (!ref || !newName) throw new SimError('Neither old nor new names may be empty', 'invalid');
  const c = findContainer(ctx.world, hostName, ref);
  const bare = newName.replace(/^\//, '');
  if (bare === c.name) throw new SimError('Renaming a container with the same name as its current name', 'invalid');
  checkContainerName(ctx.world, hostName, newName, c.id);
  const old = c.name;
  c.name = bare;
  for (const other of Object.values(ctx.world.hosts[hostName].daemon.containers)) {
    other.hostConfig.links = other.hostConfig.links.map((l) => (l.startsWith(`/${old}:`) ? `/${bare}:${l.slice(old.length + 2)}` : l));
  }
  return c;
}
