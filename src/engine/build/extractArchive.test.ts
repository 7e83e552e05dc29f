import { describe, expect, it } from 'vitest';
import { BUSYBOX_ID } from '../containers/testSupport';
import { hostVfs } from '../fs/hostVfs';
import { getLayerFiles } from '../images/layerFiles';
import { getLayerInfo } from '../images/layerInfo';
import { saveImages, writeArchive } from '../images/imageArchive';
import type { FsDir, FsNode } from '../fs/fsTypes';
import { build, builderWorld, CONTEXT_DIR, writeContext } from './buildTestSupport';

/** Paths of a tree, files with their sizes. */
function paths(node: FsNode, prefix = ''): string[] {
  if (node.t !== 'd') return [`${prefix} ${node.t === 'f' ? (node.size ?? node.data.length) : node.t}`];
  return Object.keys(node.c).sort().flatMap((name) => paths(node.c[name], `${prefix}/${name}`));
}

function addArchive(profile: 'classic' | 'current') {
  const ctx = builderWorld(profile);
  writeContext(ctx, { Dockerfile: 'FROM busybox\nADD bb.tar /x/\nCOPY bb.tar /copied.tar\n', 'notes.tar.gz': 'just text\n' });
  writeArchive(ctx.world, 'default', `${CONTEXT_DIR}/bb.tar`, saveImages(ctx.world, 'default', ['busybox']));
  const r = build(ctx, profile === 'classic' ? 'classic' : 'buildkit');
  expect(r.failure).toBeUndefined();
  const img = ctx.world.hosts.default.daemon.images[r.imageId!];
  return { ctx, x: (getLayerFiles(ctx.world, img.layers[img.layers.length - 2]).c.x as FsDir), copied: getLayerFiles(ctx.world, img.layers[img.layers.length - 1]).c['copied.tar'] };
}

describe('ADD of a local archive', () => {
  it('unpacks what docker save wrote, in the 18.03 layout (classic)', () => {
    const { ctx, x, copied } = addArchive('classic');
    const layer = ctx.world.hosts.default.daemon.images[BUSYBOX_ID].layers[0];
    const v1 = Object.keys(x.c).find((n) => /^[0-9a-f]{64}$/.test(n))!;
    const size = (name: string) => (x.c[name] as { data: string }).data.length;
    expect(paths(x)).toEqual([
      `/${v1}/VERSION 3`,
      `/${v1}/json 73`,
      `/${v1}/layer.tar ${getLayerInfo(ctx.world, layer).size}`,
      `/${BUSYBOX_ID}.json ${size(`${BUSYBOX_ID}.json`)}`,
      `/manifest.json ${size('manifest.json')}`,
      `/repositories ${size('repositories')}`,
    ]);
    expect((x.c['manifest.json'] as { data: string }).data).toBe(`[{"Config":"${BUSYBOX_ID}.json","RepoTags":["busybox:latest"],"Layers":["${v1}/layer.tar"]}]\n`);
    expect((x.c.repositories as { data: string }).data).toBe(`{"busybox":{"latest":"${v1}"}}\n`);
    // COPY never unpacks.
    expect(copied).toMatchObject({ t: 'f', data: expect.stringMatching(/^docker-pathshala image archive v1\n/) });
  });

  it('unpacks the OCI layout of moby 25+ (current)', () => {
    const { x } = addArchive('current');
    expect(Object.keys(x.c).sort()).toEqual(['blobs', 'index.json', 'manifest.json', 'oci-layout', 'repositories']);
    expect((x.c['oci-layout'] as { data: string }).data).toBe('{"imageLayoutVersion": "1.0.0"}');
    expect((x.c['manifest.json'] as { data: string }).data).toBe(`[{"Config":"blobs/sha256/${BUSYBOX_ID}","RepoTags":["busybox:latest"],"Layers":["blobs/sha256/bbbbbbbblayer"]}]\n`);
  });

  it('copies any other file as it is, whatever its name', () => {
    const ctx = builderWorld('classic');
    writeContext(ctx, { Dockerfile: 'FROM busybox\nADD notes.tar.gz /n/\n', 'notes.tar.gz': 'just text\n' });
    const r = build(ctx, 'classic');
    const img = ctx.world.hosts.default.daemon.images[r.imageId!];
    expect(getLayerFiles(ctx.world, img.layers[img.layers.length - 1])).toMatchObject({ c: { n: { t: 'd', c: { 'notes.tar.gz': { t: 'f', data: 'just text\n' } } } } });
    expect(hostVfs(ctx.world, 'default').readFile(`${CONTEXT_DIR}/notes.tar.gz`)).toBe('just text\n');
  });
});
