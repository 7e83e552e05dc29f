// cgroups: one `/docker/<id>` group per running container, carrying its memory and CPU limits.
import type { Cgroup, Host } from '../world';

export function cgroupPath(containerId: string): string {
  return `/docker/${containerId}`;
}

export function createCgroup(host: Host, containerId: string, memoryLimit: number, nanoCpus: number): Cgroup {
  const path = cgroupPath(containerId);
  const cg: Cgroup = { path, memoryLimit, nanoCpus };
  host.kernel.cgroups[path] = cg;
  return cg;
}

export function removeCgroup(host: Host, containerId: string): void {
  delete host.kernel.cgroups[cgroupPath(containerId)];
}
