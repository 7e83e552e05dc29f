// What `docker system df` shows on its Build Cache line: BuildKit's cache records (none for the
// classic builder, whose cache is its intermediate images, counted among the images).
import type { World } from '../world';

export interface BuildCacheUsage {
  count: number;
  size: number;
}

export function buildCacheUsage(world: World, host: string): BuildCacheUsage {
  const records = Object.values(world.hosts[host].daemon.buildCache ?? {});
  return { count: records.length, size: records.reduce((sum, r) => sum + r.size, 0) };
}
