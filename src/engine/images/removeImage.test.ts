import { describe, it, expect } from 'vitest';
import { createWorld } from '../createWorld';
import type { Ctx } from '../ctx';
import type { Container, ContainerStatus } from '../world';
import { listImages } from './listImages';
import { pullImage } from './pullImage';
import { removeImage } from './removeImage';
import { tagImage } from './tagImage';
import { putContainer } from '../tables/containerTable';

function setup(): Ctx {
  const ctx: Ctx = { world: createWorld({ profile: 'classic' }), events: [] };
  pullImage(ctx, 'default', 'hello-world');
  return ctx;
}

/** A stand-in for a container created from the image: only the fields rmi reads. */
function addContainer(ctx: Ctx, id: string, imageId: string, status: ContainerStatus): void {
  putContainer(ctx.world.hosts.default.daemon, { id, imageId, state: { status } } as unknown as Container);
}

const HELLO_ID = 'e38bc07ac18ee64e6d59cf2eafcdddf9cec2364dfe129fe0af75f1b0194e0c96';

describe('removeImage', () => {
  it('untags, drops the digest and deletes image and layer', () => {
    const ctx = setup();
    const lines = removeImage(ctx, 'default', 'hello-world');
    expect(lines).toHaveLength(4);
    expect(lines.slice(0, 3)).toEqual([
      'Untagged: hello-world:latest',
      'Untagged: hello-world@sha256:f5233545e43561214ca4891fd1157e1c3c563316ed8e237750d59bde73361e77',
      `Deleted: sha256:${HELLO_ID}`,
    ]);
    expect(lines[3]).toMatch(/^Deleted: sha256:[0-9a-f]{64}$/);
    expect(ctx.world.hosts.default.daemon.images).toEqual({});
    expect(ctx.world.hosts.default.daemon.layers).toEqual({});
  });

  it('only untags while another tag remains', () => {
    const ctx = setup();
    tagImage(ctx, 'default', 'hello-world', 'my-hello:v1');
    expect(removeImage(ctx, 'default', 'my-hello:v1')).toEqual(['Untagged: my-hello:v1']);
    expect(listImages(ctx.world, 'default').map((r) => `${r.repository}:${r.tag}`)).toEqual(['hello-world:latest']);
  });

  it('refuses while a container uses the image', () => {
    const ctx = setup();
    addContainer(ctx, '4d5b9c2a1f3e'.padEnd(64, '0'), HELLO_ID, 'exited');
    expect(() => removeImage(ctx, 'default', 'hello-world')).toThrow(
      'conflict: unable to remove repository reference "hello-world" (must force) - container 4d5b9c2a1f3e is using its referenced image e38bc07ac18e',
    );
    expect(() => removeImage(ctx, 'default', 'e38bc07ac18e')).toThrow(
      'conflict: unable to delete e38bc07ac18e (must be forced) - image is being used by stopped container 4d5b9c2a1f3e',
    );
  });

  it('cannot force past a running container', () => {
    const ctx = setup();
    addContainer(ctx, 'a1b2c3d4e5f6'.padEnd(64, '0'), HELLO_ID, 'running');
    expect(() => removeImage(ctx, 'default', 'e38bc07ac18e', { force: true })).toThrow(
      'conflict: unable to delete e38bc07ac18e (cannot be forced) - image is being used by running container a1b2c3d4e5f6',
    );
    // By name with --force the reference goes and the image stays, dangling.
    expect(removeImage(ctx, 'default', 'hello-world', { force: true })).toEqual([
      'Untagged: hello-world:latest',
      'Untagged: hello-world@sha256:f5233545e43561214ca4891fd1157e1c3c563316ed8e237750d59bde73361e77',
    ]);
    expect(listImages(ctx.world, 'default').map((r) => [r.repository, r.tag])).toEqual([['<none>', '<none>']]);
  });

  it('reports missing images by their normalised name', () => {
    expect(() => removeImage(setup(), 'default', 'foo')).toThrow(/^No such image: foo:latest$/);
  });

  it('keeps layers another image still uses', () => {
    const ctx: Ctx = { world: createWorld({ profile: 'classic' }), events: [] };
    const pg = pullImage(ctx, 'default', 'postgres:10');
    pullImage(ctx, 'default', 'nginx');
    const lines = removeImage(ctx, 'default', 'nginx');
    expect(lines.filter((l) => l.startsWith('Deleted:'))).toHaveLength(3);
    expect(ctx.world.hosts.default.daemon.layers[pg.progress[0].digest]).toBe(true);
  });
});
