import { describe, expect, it } from 'vitest';
import { createContainer } from '../containers/createContainer';
import { removeContainer } from '../containers/removeContainer';
import { spec, testWorld } from '../containers/testSupport';
import { createVolume, listVolumes, pruneVolumes, removeVolume } from './volumes';


describe('volumes', () => {
  it('creates named volumes on demand and anonymous ones for image VOLUMEs', () => {
    const ctx = testWorld();
    const c = createContainer(ctx, 'default', spec('nginx', { name: 'db', volumes: ['data:/var/lib/x'] }));
    const vols = listVolumes(ctx.world, 'default');
    expect(vols.map((v) => v.anonymous)).toEqual(vols.map((v) => v.name !== 'data'));
    expect(c.mounts.map((m) => [m.type, m.destination])).toEqual([
      ['volume', '/var/lib/x'],
      ['volume', '/data'],
    ]);
    expect(c.mounts[0].source).toBe('/var/lib/docker/volumes/data/_data');
    expect(() => removeVolume(ctx, 'default', 'data')).toThrow(`remove data: volume is in use - [${c.id}]`);
    removeContainer(ctx, 'default', 'db', { volumes: true });
    expect(listVolumes(ctx.world, 'default').map((v) => v.name)).toEqual(['data']);
    removeVolume(ctx, 'default', 'data');
    expect(listVolumes(ctx.world, 'default')).toEqual([]);
  });

  it('validates names and volume specs', () => {
    const ctx = testWorld();
    expect(() => createVolume(ctx, 'default', 'bad name')).toThrow(
      'create bad name: "bad name" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path',
    );
    expect(() => createContainer(ctx, 'default', spec('busybox', { volumes: ['data:rel'] }))).toThrow(
      `invalid volume specification: 'data:rel': invalid mount config for type "volume": invalid mount path: 'rel' mount path must be absolute`,
    );
    expect(() => removeVolume(ctx, 'default', 'nope')).toThrow('get nope: no such volume');
  });

  it('prunes unused anonymous volumes only, unless all', () => {
    const ctx = testWorld();
    createVolume(ctx, 'default', 'keep');
    const anon = createVolume(ctx, 'default');
    expect(anon.name).toMatch(/^[0-9a-f]{64}$/);
    expect(pruneVolumes(ctx, 'default')).toEqual({ deleted: [anon.name], spaceReclaimed: 0 });
    expect(pruneVolumes(ctx, 'default', { all: true }).deleted).toEqual(['keep']);
  });
});
