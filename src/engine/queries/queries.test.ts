import { describe, expect, it } from 'vitest';
import { createContainer } from '../containers/createContainer';
import { startContainer } from '../containers/startContainer';
import { spec, testWorld } from '../containers/testSupport';
import { containerInspectJson } from './containerInspect';
import { containerCommand, listContainers } from './containers';
import { toRfc3339Nano } from '../time';


describe('container queries', () => {
  it('lists newest first, running only unless all', () => {
    const ctx = testWorld();
    createContainer(ctx, 'default', spec('busybox', { name: 'c1', cmd: ['sleep', '1000'] }));
    createContainer(ctx, 'default', spec('busybox', { name: 'c2', cmd: ['sleep', '1000'] }));
    ctx.world.now += 1000;
    createContainer(ctx, 'default', spec('busybox', { name: 'c3', cmd: ['sleep', '1000'] }));
    startContainer(ctx, 'default', 'c1');
    const names = (opts = {}) => listContainers(ctx.world, 'default', opts).map((c) => c.name);
    expect(names()).toEqual(['c1']);
    expect(names({ all: true })).toEqual(['c3', 'c2', 'c1']);
    expect(names({ latest: true })).toEqual(['c3']);
    expect(names({ limit: 2 })).toEqual(['c3', 'c2']);
  });

  it('quotes args with spaces in COMMAND', () => {
    expect(containerCommand({ path: 'nginx', args: ['-g', 'daemon off;'] })).toBe("nginx -g 'daemon off;'");
  });

  it('formats RFC3339Nano like Go', () => {
    expect(toRfc3339Nano(Date.UTC(2018, 4, 20, 10, 0, 0, 120))).toBe('2018-05-20T10:00:00.12Z');
    expect(toRfc3339Nano(0)).toBe('0001-01-01T00:00:00Z');
  });

  it('inspect: classic mirrors the bridge at the top, current has only four keys', () => {
    const old = testWorld('classic');
    const c = createContainer(old, 'default', spec('busybox', { name: 'c1', cmd: ['sleep', '1000'] }));
    startContainer(old, 'default', 'c1');
    const j = containerInspectJson(old.world, 'default', c);
    expect(Object.keys(j).slice(0, 6)).toEqual(['Id', 'Created', 'Path', 'Args', 'State', 'Image']);
    const ns = j.NetworkSettings as Record<string, unknown>;
    expect([ns.IPAddress, ns.Gateway, ns.MacAddress]).toEqual(['172.17.0.2', '172.17.0.1', '02:42:ac:11:00:02']);
    expect((j.HostConfig as Record<string, unknown>).NetworkMode).toBe('default');
    const cur = testWorld('current');
    const d = createContainer(cur, 'default', spec('busybox', { name: 'c1', cmd: ['sleep', '1000'] }));
    startContainer(cur, 'default', 'c1');
    const k = containerInspectJson(cur.world, 'default', d);
    expect(Object.keys(k.NetworkSettings as object)).toEqual(['SandboxID', 'SandboxKey', 'Ports', 'Networks']);
    expect((k.HostConfig as Record<string, unknown>).NetworkMode).toBe('bridge');
    expect(k.State).toMatchObject({ Status: 'running', Running: true, Pid: d.state.pid, StartedAt: toRfc3339Nano(cur.world.now) });
  });
});
