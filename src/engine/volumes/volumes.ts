// Local volumes: named ones the user creates (or `-v name:/path` creates on demand), anonymous
// ones named by 64 hex for image VOLUMEs and `-v /path`. A volume in use by any container,
// running or not, cannot be removed.
import { emit, type Ctx } from '../ctx';
import { SimError } from '../errors';
import { randomHex } from '../ids';
import { invalidVolumeNameMessage, VALID_VOLUME_NAME } from '../containers/parseSpecs';
import { treeBytes } from '../queries/treeBytes';
import type { Volume, World } from '../world';
import { listContainerRecords } from '../tables/containerTable';

export function volumeMountpoint(name: string): string {
  return `/var/lib/docker/volumes/${name}/_data`;
}

export interface CreateVolumeOptions {
  labels?: Record<string, string>;
}

/** Create a volume (or return the existing one of that name). Without a name it is anonymous. */
export function createVolume(ctx: Ctx, hostName: string, name?: string, opts: CreateVolumeOptions = {}): Volume {
  const { world } = ctx;
  const volumes = world.hosts[hostName].daemon.volumes;
  const anonymous = !name;
  const volName = name || randomHex(world, 64);
  if (!anonymous && !VALID_VOLUME_NAME.test(volName)) throw new SimError(invalidVolumeNameMessage(volName), 'invalid');
  const existing = volumes[volName];
  if (existing) return existing;
  const vol: Volume = {
    name: volName,
    driver: 'local',
    created: world.now,
    mountpoint: volumeMountpoint(volName),
    labels: { ...(opts.labels ?? {}) },
    anonymous,
    files: { t: 'd', mode: 0o755, mtime: world.now, c: {} },
  };
  volumes[volName] = vol;
  emit(ctx, { type: 'volume.created', host: hostName, name: volName });
  return vol;
}

export function getVolume(world: World, hostName: string, name: string): Volume {
  const vol = world.hosts[hostName].daemon.volumes[name];
  if (!vol) throw new SimError(`get ${name}: no such volume`, 'notFound');
  return vol;
}

/** Ids of containers whose mounts use the volume. */
export function volumeUsers(world: World, hostName: string, name: string): string[] {
  return listContainerRecords(world.hosts[hostName].daemon)
    .filter((c) => c.mounts.some((m) => m.type === 'volume' && m.name === name))
    .map((c) => c.id);
}

export function removeVolume(ctx: Ctx, hostName: string, name: string): void {
  const { world } = ctx;
  getVolume(world, hostName, name);
  const users = volumeUsers(world, hostName, name);
  if (users.length > 0) throw new SimError(`remove ${name}: volume is in use - [${users.join(', ')}]`, 'conflict');
  delete world.hosts[hostName].daemon.volumes[name];
  emit(ctx, { type: 'volume.removed', host: hostName, name });
}

/** Volumes sorted by name (what `volume ls` shows). */
export function listVolumes(world: World, hostName: string): Volume[] {
  return Object.values(world.hosts[hostName].daemon.volumes).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function volumeSize(vol: Volume): number {
  return treeBytes(vol.files);
}

/** Remove unused volumes: anonymous ones only unless `all` (Docker ≥23 defaults to anonymous only). */
export function pruneVolumes(ctx: Ctx, hostName: string, opts: { all?: boolean } = {}): { deleted: string[]; spaceReclaimed: number } {
  const deleted: string[] = [];
  let spaceReclaimed = 0;
  for (const vol of listVolumes(ctx.world, hostName)) {
    if (!opts.all && !vol.anonymous) continue;
    if (volumeUsers(ctx.world, hostName, vol.name).length > 0) continue;
    spaceReclaimed += volumeSize(vol);
    removeVolume(ctx, hostName, vol.name);
    deleted.push(vol.name);
  }
  return { deleted, spaceReclaimed };
}
