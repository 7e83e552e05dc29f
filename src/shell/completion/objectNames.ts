// Names of the daemon's objects that a docker argument can take, read from the world.
import type { World } from '../../engine/world';
import { listContainerRecords } from '../../engine/tables/containerTable';

export type ContainerFilter = 'running' | 'all' | 'paused';

const UP = new Set(['running', 'restarting']);

export function containerNames(world: World, host: string, filter: ContainerFilter): string[] {
  const daemon = world.hosts[host]?.daemon;
  if (!daemon) return [];
  return listContainerRecords(daemon)
    .filter((c) => filter === 'all' || (filter === 'paused' ? c.state.status === 'paused' : UP.has(c.state.status)))
    .map((c) => c.name);
}

/** `repo:tag` references; untagged images have none to offer. */
export function imageRefs(world: World, host: string): string[] {
  const daemon = world.hosts[host]?.daemon;
  return daemon ? Object.keys(daemon.tags) : [];
}

export function networkNames(world: World, host: string): string[] {
  const daemon = world.hosts[host]?.daemon;
  return daemon ? Object.values(daemon.networks).map((n) => n.name) : [];
}

export function volumeNames(world: World, host: string): string[] {
  const daemon = world.hosts[host]?.daemon;
  return daemon ? Object.keys(daemon.volumes) : [];
}
