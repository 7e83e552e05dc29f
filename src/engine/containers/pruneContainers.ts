// `docker container prune`: every stopped container goes, with what its writable layer held.
import type { Ctx } from '../ctx';
import { treeBytes } from '../queries/treeBytes';
import { deleteContainer } from './removeContainer';
import { listContainerRecords } from '../tables/containerTable';

export function pruneContainers(ctx: Ctx, hostName: string): { deleted: string[]; spaceReclaimed: number } {
  const deleted: string[] = [];
  let spaceReclaimed = 0;
  const containers = listContainerRecords(ctx.world.hosts[hostName].daemon);
  for (const c of containers) {
    if (c.state.status !== 'exited' && c.state.status !== 'created' && c.state.status !== 'dead') continue;
    spaceReclaimed += treeBytes(c.rw);
    deleteContainer(ctx, hostName, c, false);
    deleted.push(c.id);
  }
  return { deleted, spaceReclaimed };
}
