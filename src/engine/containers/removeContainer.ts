// `docker rm`: a running (or paused, restarting) container needs -f, which kills it first.
// With -v its anonymous volumes go too; named volumes always stay.
import { emit, type Ctx } from '../ctx';
import { SimError } from '../errors';
import { releaseAddress } from '../network/ipam';
import { unbindPorts } from '../network/portAllocator';
import { getProfile } from '../profile';
import { removeVolume, volumeUsers } from '../volumes/volumes';
import type { Container } from '../world';
import { unregisterContainerName } from './containerNames';
import { findContainer } from './findContainer';
import { teardownContainer } from './teardown';
import { removeContainerRecord } from '../tables/containerTable';
import { noteTaskContainerChange } from '../swarm/orchestrator';

export interface RemoveOptions {
  force?: boolean;
  volumes?: boolean;
}

/** Drop a container that no longer runs, with its anonymous volumes when asked. */
export function deleteContainer(ctx: Ctx, hostName: string, c: Container, removeVolumes: boolean): void {
  const { world } = ctx;
  const daemon = world.hosts[hostName].daemon;
  if (c.state.pid) teardownContainer(ctx, hostName, c, 137);
  removeContainerRecord(daemon, c.id);
  unregisterContainerName(daemon, c.name, c.id);
  // Anything it still holds goes back to IPAM and the port allocator with it.
  for (const ep of Object.values(c.networks)) if (ep.ip) releaseAddress(daemon, ep.networkId, ep.ip);
  unbindPorts(daemon, c);
  if (removeVolumes) {
    for (const m of c.mounts) {
      if (m.type !== 'volume' || !m.name) continue;
      const vol = daemon.volumes[m.name];
      if (vol?.anonymous && volumeUsers(world, hostName, m.name).length === 0) removeVolume(ctx, hostName, m.name);
    }
  }
  emit(ctx, { type: 'container.removed', host: hostName, containerId: c.id });
  if (c.taskId) noteTaskContainerChange(ctx, hostName, c.taskId);
}

export function removeContainer(ctx: Ctx, hostName: string, ref: string, opts: RemoveOptions = {}): void {
  const c = findContainer(ctx.world, hostName, ref);
  const status = c.state.status;
  if (status === 'running' || status === 'paused' || status === 'restarting') {
    if (!opts.force) throw new SimError(getProfile(ctx.world).daemon.rmRunning(ref, c.id, status), 'conflict');
    if (c.state.pid) {
      emit(ctx, { type: 'container.killed', host: hostName, containerId: c.id, signal: 'SIGKILL' });
    }
  }
  deleteContainer(ctx, hostName, c, !!opts.volumes);
}
