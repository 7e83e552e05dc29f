import { describe, expect, it } from 'vitest';
import { createContainer } from '../containers/createContainer';
import { startContainer } from '../containers/startContainer';
import { spec, testWorld } from '../containers/testSupport';
import type { Ctx } from '../ctx';
import { emitRoute, resolveHostName, routeTo } from './reach';

const sleeper = (name: string, over = {}) => spec('busybox', { name, cmd: ['sleep', '1000'], ...over });
function run(ctx: Ctx, name: string, over = {}) {
  createContainer(ctx, 'default', sleeper(name, over));
  return startContainer(ctx, 'default', name);
}

describe('routeTo on the default bridge', () => {
  it('goes veth → bridge → veth between containers, and the server sees the client address', () => {
    const ctx = testWorld('classic');
    const a = run(ctx, 'aa');
    const b = run(ctx, 'bb');
    const bridgeId = a.networks.bridge.networkId;
    const r = routeTo(ctx.world, { host: 'default', containerId: a.id }, '172.17.0.3', 80);
    expect(r).toEqual({
      ok: true,
      hops: [
        { from: `ctr:${a.id}`, to: `br:${bridgeId}`, kind: 'veth', device: 'eth0', host: 'default' },
        { from: `br:${bridgeId}`, to: `ctr:${b.id}`, kind: 'veth', device: 'docker0', host: 'default' },
      ],
      dest: { host: 'default', containerId: b.id, port: 80, remoteAddr: '172.17.0.2' },
    });
    emitRoute(ctx, r, 'icmp');
    expect(ctx.events.filter((e) => e.type === 'packet.sent')).toEqual([
      { type: 'packet.sent', host: 'default', from: `ctr:${a.id}`, to: `br:${bridgeId}`, proto: 'icmp', hop: 'veth', device: 'eth0' },
      { type: 'packet.sent', host: 'default', from: `br:${bridgeId}`, to: `ctr:${b.id}`, proto: 'icmp', hop: 'veth', device: 'docker0' },
    ]);
  });

  it('leaves through NAT for the outside; an unused bridge address is unreachable', () => {
    const ctx = testWorld('classic');
    const a = run(ctx, 'aa');
    const out = routeTo(ctx.world, { host: 'default', containerId: a.id }, '8.8.8.8', undefined, 'icmp');
    expect(out.ok).toBe(true);
    expect(out.hops.map((h) => h.kind)).toEqual(['veth', 'bridge', 'nat']);
    expect(out.dest).toEqual({ host: 'default', outside: true, port: undefined, remoteAddr: '192.168.99.100' });
    const none = routeTo(ctx.world, { host: 'default', containerId: a.id }, '172.17.0.9', undefined, 'icmp');
    expect(none.ok).toBe(false);
    expect(none.reason).toBe('unreachable');
  });

  it('DNATs published ports on the host address and localhost to the container port; no binding stays on the host', () => {
    const ctx = testWorld('classic');
    const web = run(ctx, 'web', { publish: ['8080:80'] });
    const viaLocalhost = routeTo(ctx.world, { host: 'default' }, '127.0.0.1', 8080);
    expect(viaLocalhost.dest).toEqual({ host: 'default', containerId: web.id, port: 80, remoteAddr: '172.17.0.1' });
    expect(viaLocalhost.hops.map((h) => h.kind)).toEqual(['loopback', 'dnat', 'veth']);
    expect(routeTo(ctx.world, { host: 'default' }, '192.168.99.100', 8080).dest?.containerId).toBe(web.id);
    expect(routeTo(ctx.world, { host: 'default' }, '192.168.99.100', 9090).dest).toEqual({ host: 'default', port: 9090, remoteAddr: '192.168.99.100' });
    const other = run(ctx, 'other');
    const fromContainer = routeTo(ctx.world, { host: 'default', containerId: other.id }, '172.17.0.1', 8080);
    expect(fromContainer.dest).toEqual({ host: 'default', containerId: web.id, port: 80, remoteAddr: '172.17.0.1' });
  });

  it('gives --network none only lo and --network host the host stack', () => {
    const ctx = testWorld('classic');
    const n = run(ctx, 'nn', { network: 'none' });
    expect(routeTo(ctx.world, { host: 'default', containerId: n.id }, '8.8.8.8', undefined, 'icmp')).toEqual({ ok: false, hops: [], reason: 'no-route' });
    expect(routeTo(ctx.world, { host: 'default', containerId: n.id }, '127.0.0.1', undefined, 'icmp').ok).toBe(true);
    expect(resolveHostName(ctx.world, { host: 'default', containerId: n.id }, 'example.com')).toBeUndefined();
    const h = run(ctx, 'hh', { network: 'host' });
    expect(routeTo(ctx.world, { host: 'default', containerId: h.id }, '172.17.0.5', undefined, 'icmp').reason).toBe('unreachable');
    expect(resolveHostName(ctx.world, { host: 'default', containerId: h.id }, 'default')).toBe('192.168.99.100');
  });
});

describe('resolveHostName', () => {
  it('knows no container names on the default bridge, but /etc/hosts names and public names', () => {
    const ctx = testWorld('classic');
    const db = run(ctx, 'db');
    const app = run(ctx, 'app', { links: ['db:mydb'] });
    const origin = { host: 'default', containerId: app.id };
    expect(resolveHostName(ctx.world, { host: 'default', containerId: db.id }, 'app')).toBeUndefined();
    expect(resolveHostName(ctx.world, origin, 'mydb')).toBe('172.17.0.2');
    expect(resolveHostName(ctx.world, origin, 'db')).toBe('172.17.0.2');
    expect(resolveHostName(ctx.world, origin, db.id.slice(0, 12))).toBe('172.17.0.2');
    expect(resolveHostName(ctx.world, origin, app.id.slice(0, 12))).toBe('172.17.0.3');
    expect(resolveHostName(ctx.world, origin, 'localhost')).toBe('127.0.0.1');
    expect(resolveHostName(ctx.world, origin, 'example.com')).toBe('93.184.215.14');
    expect(resolveHostName(ctx.world, { host: 'default' }, 'localhost')).toBe('127.0.0.1');
    expect(resolveHostName(ctx.world, { host: 'default' }, 'db')).toBeUndefined();
  });
});
