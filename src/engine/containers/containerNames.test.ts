// The name registrar follows create, rename and rm (also --rm), and answers every name lookup.
import { describe, expect, it } from 'vitest';
import { containerIdByName, listContainerNames, registerContainerName, unregisterContainerName } from './containerNames';
import { createContainer } from './createContainer';
import { findContainer } from './findContainer';
import { removeContainer } from './removeContainer';
import { renameContainer } from './renameContainer';
import { startContainer } from './startContainer';
import { spec, testWorld } from './testSupport';
import { tick } from '../tick';
import { getContainerById } from '../tables/containerTable';

describe('container name registrar', () => {
  it('keeps `name id` entries sorted by name, including names that prefix others', () => {
    const ctx = testWorld('current');
    const daemon = ctx.world.hosts.default.daemon;
    for (const [name, id] of [['web', 'w1'], ['web-2', 'w2'], ['db', 'd1'], ['web.x', 'w3'], ['a0', 'a1']]) registerContainerName(daemon, name, id);
    expect(listContainerNames(daemon)).toEqual(['a0 a1', 'db d1', 'web w1', 'web-2 w2', 'web.x w3']);
    expect([containerIdByName(daemon, 'web'), containerIdByName(daemon, 'web-2'), containerIdByName(daemon, 'we'), containerIdByName(daemon, 'zz')]).toEqual(['w1', 'w2', undefined, undefined]);
    unregisterContainerName(daemon, 'web', 'someone-else');
    unregisterContainerName(daemon, 'web-2', 'w2');
    expect(listContainerNames(daemon)).toEqual(['a0 a1', 'db d1', 'web w1', 'web.x w3']);
  });

  it('follows create, rename, rm and --rm', () => {
    const ctx = testWorld('current');
    const daemon = ctx.world.hosts.default.daemon;
    const a = createContainer(ctx, 'default', spec('busybox', { name: 'first', cmd: ['sleep', '5'] }));
    const b = createContainer(ctx, 'default', spec('busybox', { cmd: ['sleep', '5'] }));
    const gone = createContainer(ctx, 'default', spec('busybox', { name: 'quick', cmd: ['sleep', '1'], autoRemove: true }));
    expect(listContainerNames(daemon)).toEqual([`first ${a.id}`, `quick ${gone.id}`, `${b.name} ${b.id}`].sort());
    renameContainer(ctx, 'default', 'first', 'second');
    expect(containerIdByName(daemon, 'first')).toBeUndefined();
    expect(findContainer(ctx.world, 'default', '/second').id).toBe(a.id);
    startContainer(ctx, 'default', 'quick');
    tick(ctx, 2000);
    expect(getContainerById(daemon, gone.id)).toBeUndefined();
    removeContainer(ctx, 'default', b.name);
    expect(listContainerNames(daemon)).toEqual([`second ${a.id}`]);
    expect(createContainer(ctx, 'default', spec('busybox', { name: 'quick', cmd: ['sleep', '1'] })).name).toBe('quick');
  });
});
