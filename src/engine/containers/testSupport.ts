// Fixtures for container tests: a world with hand-made busybox- and nginx-like images whose
// layer files live in world.layerStore (where the images module looks for layers that are not
// in the hub catalog).
import type { Ctx } from '../ctx';
import { createWorld } from '../createWorld';
import { treeFromPaths } from '../fs/tree';
import type { ImageConfig, ProfileName, World } from '../world';
import type { ContainerSpec } from './containerSpec';

export const BUSYBOX_ID = 'b'.repeat(60) + '0001';
export const NGINX_ID = 'e'.repeat(60) + '0002';

function addImage(world: World, id: string, tag: string, files: Record<string, string | { link: string }>, config: Partial<ImageConfig>): void {
  const digest = `sha256:${id.slice(0, 8)}layer`;
  world.layerStore[digest] = { digest, diffId: digest, size: 1000, files: treeFromPaths(world.now, files), createdBy: '' };
  const host = world.hosts.default;
  host.daemon.images[id] = {
    id,
    repoDigests: [],
    parent: '',
    created: world.now - 86_400_000,
    layers: [digest],
    size: 1000,
    config: { cmd: null, entrypoint: null, env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], workingDir: '', exposedPorts: [], user: '', labels: {}, volumes: [], ...config },
    history: [],
    os: 'linux',
    architecture: 'amd64',
  };
  host.daemon.tags[tag] = id;
  host.daemon.layers[digest] = true;
}

export function testWorld(profile: ProfileName = 'current', seed = 42): Ctx {
  const world = createWorld({ profile, seed });
  addImage(world, BUSYBOX_ID, 'busybox:latest', { '/bin/busybox': 'ELF', '/bin/sh': { link: 'busybox' }, '/bin/sleep': { link: 'busybox' }, '/bin/echo': { link: 'busybox' } }, { cmd: ['sh'] });
  addImage(world, NGINX_ID, 'nginx:latest', { '/usr/sbin/graceful': 'ELF', '/bin/sh': 'ELF' }, { cmd: ['graceful'], exposedPorts: ['80/tcp'], volumes: ['/data'] });
  return { world, events: [] };
}

export function spec(image: string, over: Partial<ContainerSpec> = {}): ContainerSpec {
  return { image, cmd: [], env: [], tty: false, openStdin: false, publish: [], publishAll: false, volumes: [], autoRemove: false, labels: {}, links: [], expose: [], networkAliases: [], ...over };
}
