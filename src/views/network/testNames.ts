// Test helper: ids with their 64-hex parts replaced by the network's or container's name.
import type { World } from '../../engine';
import { listContainerSnapshots } from '../../engine/tables/containerTable';

export function namer(world: World): (s: string) => string {
  const names: Record<string, string> = {};
  for (const h of Object.values(world.hosts)) {
    for (const n of Object.values(h.daemon.networks)) names[n.id] = n.name;
    for (const c of listContainerSnapshots(h.daemon)) names[c.id] = c.name;
  }
  return (s) => s.replace(/[0-9a-f]{64}/g, (m) => names[m] ?? m);
}
