// `docker rename`: same name rules and conflicts as create; links naming the old name follow.
import type { Ctx } from '../ctx';
import { SimError } from '../errors';
import { getContainerById, listContainerSnapshots } from '../tables/containerTable';
import type { Container } from '../world';
import { checkContainerName } from './createContainer';
import { registerContainerName, unregisterContainerName } from './containerNames';
import { findContainer } from './findContainer';

export function renameContainer(ctx: Ctx, hostName: string, ref: string, newName: string): Container {
  if (!ref || !newName) throw new SimError('Neither old nor new names may be empty', 'invalid');
  const c = findContainer(ctx.world, hostName, ref);
  const bare = newName.replace(/^\//, '');
  if (bare === c.name) throw new SimError('Renaming a container with the same name as its current name', 'invalid');
  checkContainerName(ctx.world, hostName, newName, c.id);
  const old = c.name;
  const daemon = ctx.world.hosts[hostName].daemon;
  const follows = (l: string) => l.startsWith(`/${old}:`);
  // Find the linkers before changing anything, while the snapshot is still free to take.
  const linkers = listContainerSnapshots(daemon).filter((x) => x.hostConfig.links.some(follows));
  c.name = bare;
  unregisterContainerName(daemon, old, c.id);
  registerContainerName(daemon, bare, c.id);
  for (const { id } of linkers) {
    const draft = getContainerById(daemon, id)!;
    draft.hostConfig.links = draft.hostConfig.links.map((l) => (follows(l) ? `/${bare}:${l.slice(old.length + 2)}` : l));
  }
  return c;
}
