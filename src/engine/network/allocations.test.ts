// The daemon's allocation tables (IPAM lists, port map) and the kernel's namespace and cgroup
// lists stay in step with the containers through start, stop, rm, rename and failed starts.
import { describe, expect, it } from 'vitest';
import { createContainer } from '../containers/createContainer';
import { removeContainer } from '../containers/removeContainer';
import { renameContainer } from '../containers/renameContainer';
import { startContainer } from '../containers/startContainer';
import { stopContainer } from '../containers/stopContainer';
import { spec, testWorld } from '../containers/testSupport';
import { getNetworkByName, isPortAllocated } from '../queries/containers';
import type { Ctx } from '../ctx';
import { findContainer } from '../containers/findContainer';
import { usedAddresses } from './ipam';
import { flattenChunks } from '../tables/chunkedList';

const sleeper = (name: string, over = {}) => spec('busybox', { name, cmd: ['sleep', '1000'], ...over });

function run(ctx: Ctx, name: string, over = {}) {
  createContainer(ctx, 'default', sleeper(name, over));
  return startContainer(ctx, 'default', name);
}

function bridgeList(ctx: Ctx): number[] {
  return flattenChunks(ctx.world.hosts.default.daemon.ipam[getNetworkByName(ctx.world, 'default', 'bridge')!.id] ?? []);
}

describe('IPAM lists', () => {
  it('hold the offsets in use, ascending; a freed low address is the next one handed out', () => {
    const ctx = testWorld('current');
    for (const n of ['aa', 'bb', 'cc', 'dd']) run(ctx, n);
    expect(bridgeList(ctx)).toEqual([2, 3, 4, 5]);
    stopContainer(ctx, 'default', 'bb', 0);
    removeContainer(ctx, 'default', 'cc', { force: true });
    expect(bridgeList(ctx)).toEqual([2, 5]);
    expect([...usedAddresses(ctx.world.hosts.default, getNetworkByName(ctx.world, 'default', 'bridge')!.id)]).toEqual(['172.17.0.2', '172.17.0.5']);
    expect(run(ctx, 'ee').networks.bridge.ip).toBe('172.17.0.3');
    expect(startContainer(ctx, 'default', 'bb').networks.bridge.ip).toBe('172.17.0.4');
    expect(run(ctx, 'ff').networks.bridge.ip).toBe('172.17.0.6');
    expect(bridgeList(ctx)).toEqual([2, 3, 4, 5, 6]);
  });

  it('take nothing for host and none networks, and give back what a failed start took', () => {
    const ctx = testWorld('current');
    run(ctx, 'hh', { network: 'host' });
    run(ctx, 'nn', { network: 'none' });
    expect(bridgeList(ctx) ?? []).toEqual([]);
    run(ctx, 'p1', { publish: ['80:80'] });
    createContainer(ctx, 'default', sleeper('p2', { publish: ['80:80'] }));
    expect(() => startContainer(ctx, 'default', 'p2')).toThrow('port is already allocated');
    createContainer(ctx, 'default', spec('busybox', { name: 'bad', cmd: ['nonexistent'] }));
    expect(() => startContainer(ctx, 'default', 'bad')).toThrow('executable file not found');
    expect(bridgeList(ctx)).toEqual([2]);
  });
});

describe('port map', () => {
  it('records every binding by host port and forgets them on stop and rm -f', () => {
    const ctx = testWorld('current');
    const a = run(ctx, 'aa', { publish: ['8080:80', '53:53/udp'] });
    const b = run(ctx, 'bb', { publish: ['80'] });
    expect(ctx.world.hosts.default.daemon.portMap).toEqual({
      53: { 'udp/0.0.0.0': a.id, 'udp/::': a.id },
      8080: { 'tcp/0.0.0.0': a.id, 'tcp/::': a.id },
      32768: { 'tcp/0.0.0.0': b.id, 'tcp/::': b.id },
    });
    expect(isPortAllocated(ctx.world, 'default', 53, 'udp')).toBe(true);
    expect(isPortAllocated(ctx.world, 'default', 53, 'tcp')).toBe(false);
    stopContainer(ctx, 'default', 'aa', 0);
    removeContainer(ctx, 'default', 'bb', { force: true });
    expect(ctx.world.hosts.default.daemon.portMap).toEqual({});
    expect(run(ctx, 'cc', { publish: ['80'] }).ports['80/tcp']).toEqual([
      { hostIp: '0.0.0.0', hostPort: '32768' },
      { hostIp: '::', hostPort: '32768' },
    ]);
  });

  it('lets different host addresses share a port, as the allocator does', () => {
    const ctx = testWorld('classic');
    run(ctx, 'aa', { publish: ['127.0.0.1:8080:80'] });
    expect(run(ctx, 'bb', { publish: ['127.0.0.2:8080:80'] }).ports['80/tcp']).toEqual([{ hostIp: '127.0.0.2', hostPort: '8080' }]);
    createContainer(ctx, 'default', sleeper('cc', { publish: ['8080:80'] }));
    expect(() => startContainer(ctx, 'default', 'cc')).toThrow('Bind for 0.0.0.0:8080 failed: port is already allocated');
  });
});

describe('kernel lists', () => {
  it('keep namespaces in inode order, reusing numbers freed at the top only', () => {
    const ctx = testWorld('current');
    const inodes = () => flattenChunks(ctx.world.hosts.default.kernel.namespaces).map((ns) => ns.inode - 4026532200);
    const a = run(ctx, 'aa');
    run(ctx, 'bb');
    expect(a.ns).toEqual({ mnt: 'mnt:[4026532201]', uts: 'uts:[4026532202]', ipc: 'ipc:[4026532203]', pid: 'pid:[4026532204]', net: 'net:[4026532205]' });
    expect(inodes()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    stopContainer(ctx, 'default', 'aa', 0);
    expect(inodes()).toEqual([6, 7, 8, 9, 10]);
    expect(run(ctx, 'cc').ns.mnt).toBe('mnt:[4026532211]');
    stopContainer(ctx, 'default', 'cc', 0);
    expect(startContainer(ctx, 'default', 'aa').ns.mnt).toBe('mnt:[4026532211]');
    expect(run(ctx, 'hh', { network: 'host' }).ns).toEqual({ mnt: 'mnt:[4026532216]', uts: 'uts:[4026532217]', ipc: 'ipc:[4026532218]', pid: 'pid:[4026532219]' });
    expect(flattenChunks(ctx.world.hosts.default.kernel.namespaces).every((ns, i, all) => i === 0 || all[i - 1].inode < ns.inode)).toBe(true);
  });

  it('keep one cgroup per running container', () => {
    const ctx = testWorld('current');
    const a = run(ctx, 'aa', { memory: 64 * 1024 * 1024 });
    const b = run(ctx, 'bb');
    expect(flattenChunks(ctx.world.hosts.default.kernel.cgroups)).toEqual([
      { path: `/docker/${a.id}`, memoryLimit: 64 * 1024 * 1024, nanoCpus: 0 },
      { path: `/docker/${b.id}`, memoryLimit: 0, nanoCpus: 0 },
    ]);
    stopContainer(ctx, 'default', 'aa', 0);
    removeContainer(ctx, 'default', 'bb', { force: true });
    expect(flattenChunks(ctx.world.hosts.default.kernel.cgroups)).toEqual([]);
  });
});

describe('names', () => {
  it('find containers by their current name after a rename, and free the old one', () => {
    const ctx = testWorld('current');
    const a = run(ctx, 'aa');
    run(ctx, 'bb', { links: ['aa:db'] });
    renameContainer(ctx, 'default', 'aa', 'zz');
    expect(findContainer(ctx.world, 'default', 'zz').id).toBe(a.id);
    expect(() => findContainer(ctx.world, 'default', 'aa')).toThrow('No such container: aa');
    expect(findContainer(ctx.world, 'default', 'bb').hostConfig.links).toEqual(['/zz:/bb/db']);
    expect(run(ctx, 'aa').name).toBe('aa');
    expect(() => createContainer(ctx, 'default', sleeper('zz'))).toThrow(`Conflict. The container name "/zz" is already in use by container "${a.id}".`);
  });
});
