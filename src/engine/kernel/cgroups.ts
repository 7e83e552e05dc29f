// cgroups: one `/docker/<id>` group per running container, carrying its memory and CPU limits.
import { appendToChunks, removeFromChunks } from '../tables/chunkedList';
import type { Cgroup, Host } from '../world';

export function cgroupPath(containerId: string): string {
  return `/docker/${containerId}`;
}

export function createCgroup(host: Host, containerId: string, memoryLimit: number, nanoCpus: number): Cgroup {
  const path = cgroupPath(containerId);
  const cg: Cgroup = { path, memoryLimit, nanoCpus };
  // A container gets its group when it starts and loses it when it stops, so none is there yet.
  appendToChunks(host.kernel.cgroups, [cg]);
  return cg;
}

export function removeCgroup(host: Host, containerId: string): void {
  const path = cgroupPath(containerId);
  removeFromChunks(host.kernel.cgroups, (cg) => cg.path === path);
}
