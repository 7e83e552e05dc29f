// cgroups: one `/docker/<id>` group per running container, carrying its memory and CPU limits.
import { freshList, snapshot } from '../snapshot';
import type { Cgroup, Host } from '../world';

export function cgroupPath(containerId: string): string {
  return `/docker/${containerId}`;
}

export function createCgroup(host: Host, containerId: string, memoryLimit: number, nanoCpus: number): Cgroup {
  const path = cgroupPath(containerId);
  const cg: Cgroup = { path, memoryLimit, nanoCpus };
  // A container gets its group when it starts and loses it when it stops, so none is there yet.
  // A new frozen list rather than a push: immer would walk every entry of a pushed-to list.
  host.kernel.cgroups = freshList(host.kernel, [...snapshot(host.kernel.cgroups), cg]);
  return cg;
}

export function removeCgroup(host: Host, containerId: string): void {
  const path = cgroupPath(containerId);
  const list = snapshot(host.kernel.cgroups);
  if (list.some((cg) => cg.path === path)) host.kernel.cgroups = freshList(host.kernel, list.filter((cg) => cg.path !== path));
}
