// The host machine's own filesystem: one plain tree, no layers.
import type { World } from '../world';
import { layeredVfs } from './layeredVfs';
import type { Vfs } from './vfs';

export function hostVfs(world: World, hostName: string): Vfs {
  return layeredVfs([world.hosts[hostName].fs], () => world.now);
}
