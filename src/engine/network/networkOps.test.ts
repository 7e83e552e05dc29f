import { describe, expect, it } from 'vitest';
import { createContainer } from '../containers/createContainer';
import { startContainer } from '../containers/startContainer';
import { spec, testWorld } from '../containers/testSupport';
import type { Ctx } from '../ctx';
import { connectNetwork, disconnectNetwork } from './connectNetwork';
import { createNetwork, pruneNetworks, removeNetwork } from './networkOps';
import { resolveHostName, routeTo } from './reach';

const sleeper = (name: string, over = {}) => spec('busybox', { name, cmd: ['sleep', '1000'], ...over });
function run(ctx: Ctx, name: string, over = {}) {
  createContainer(ctx, 'default', sleeper(name, over));
  return startContainer(ctx, 'default', name);
}

describe('network create', () => {
  it('takes the next free /16, then 192.168.x/20 pools past the machine network', () => {
    const ctx = testWorld('classic');
    const a = createNetwork(ctx, 'default', 'n1');
    expect(a.ipam).toEqual([{ subnet: '172.18.0.0/16', gateway: '172.18.0.1' }]);
    expect(a.bridgeName).toBe(`br-${a.id.slice(0, 12)}`);
    expect(createNetwork(ctx, 'default', 'n2').ipam[0].subnet).toBe('172.19.0.0/16');
    for (let i = 3; i <= 14; i++) createNetwork(ctx, 'default', `n${i}`);
    expect(createNetwork(ctx, 'default', 'n15').ipam[0]).toEqual({ subnet: '192.168.0.0/20', gateway: '192.168.0.1' });
    expect(() => createNetwork(ctx, 'default', 'n1')).toThrow('network with name n1 already exists');
    expect(() => createNetwork(ctx, 'default', 'ov', { driver: 'overlay' })).toThrow('This node is not a swarm manager.');
  });
});

describe('network create --subnet validation', () => {
  it('refuses what is no CIDR block in each era, and host bits today', () => {
    const classic = testWorld('classic');
    expect(() => createNetwork(classic, 'default', 'x', { subnet: '300.1.1.0/24' })).toThrow('Invalid subnet 300.1.1.0/24 : invalid CIDR address: 300.1.1.0/24');
    expect(() => createNetwork(classic, 'default', 'x', { subnet: '10.1.1.0/33' })).toThrow('Invalid subnet 10.1.1.0/33 : invalid CIDR address: 10.1.1.0/33');
    expect(createNetwork(classic, 'default', 'y', { subnet: '10.1.1.5/24' }).ipam[0].subnet).toBe('10.1.1.0/24');
    const current = testWorld('current');
    expect(() => createNetwork(current, 'default', 'x', { subnet: '300.1.1.0/24' })).toThrow('invalid subnet 300.1.1.0/24: invalid CIDR block notation');
    expect(() => createNetwork(current, 'default', 'x', { subnet: '10.1.1' })).toThrow('invalid subnet 10.1.1: invalid CIDR block notation');
    expect(() => createNetwork(current, 'default', 'y', { subnet: '10.1.1.5/24' })).toThrow('invalid subnet 10.1.1.5/24: it should be 10.1.1.0/24');
    expect(Object.values(current.world.hosts.default.daemon.networks).map((n) => n.name)).toEqual(['bridge', 'host', 'none']);
  });
});

describe('IPAM on a small subnet', () => {
  it('runs out with the daemon text and reuses an address freed by disconnect', () => {
    const ctx = testWorld('current');
    const net = createNetwork(ctx, 'default', 'tiny', { subnet: '10.9.0.0/29' });
    const ips = ['c1', 'c2', 'c3', 'c4', 'c5'].map((n) => run(ctx, n, { network: 'tiny' }).networks.tiny.ip);
    expect(ips).toEqual(['10.9.0.2', '10.9.0.3', '10.9.0.4', '10.9.0.5', '10.9.0.6']);
    createContainer(ctx, 'default', sleeper('c6', { network: 'tiny' }));
    expect(() => startContainer(ctx, 'default', 'c6')).toThrow(`failed to set up container networking: no available IPv4 addresses on this network's address pools: tiny (${net.id})`);
    expect(() => connectNetwork(ctx, 'default', 'tiny', run(ctx, 'other').id)).toThrow(`no available IPv4 addresses on this network's address pools: tiny (${net.id})`);
    disconnectNetwork(ctx, 'default', 'tiny', 'c2');
    expect(startContainer(ctx, 'default', 'c6').networks.tiny.ip).toBe('10.9.0.3');
  });

  it('gives --ip only on user networks with a user subnet', () => {
    const ctx = testWorld('classic');
    createNetwork(ctx, 'default', 'auto');
    createNetwork(ctx, 'default', 'fixed', { subnet: '172.30.0.0/16' });
    const c = run(ctx, 'cc');
    run(ctx, 'dd', { network: 'auto' });
    expect(() => connectNetwork(ctx, 'default', 'bridge', 'dd', { ip: '172.17.0.9' })).toThrow('user specified IP address is supported on user defined networks only');
    expect(() => connectNetwork(ctx, 'default', 'auto', 'cc', { ip: '172.18.0.9' })).toThrow('user specified IP address is supported only when connecting to networks with user configured subnets');
    expect(() => connectNetwork(ctx, 'default', 'fixed', 'cc', { ip: '10.0.0.9' })).toThrow("Invalid address 10.0.0.9: It does not belong to any of this network's subnets");
    connectNetwork(ctx, 'default', 'fixed', 'cc', { ip: '172.30.0.9', aliases: ['web'] });
    expect(c.networks.fixed).toMatchObject({ ip: '172.30.0.9', mac: '02:42:ac:1e:00:09', aliases: ['web'], ipamConfig: { ipv4Address: '172.30.0.9' } });
    expect(() => connectNetwork(ctx, 'default', 'fixed', 'cc')).toThrow('endpoint with name cc already exists in network fixed');
    expect(() => disconnectNetwork(ctx, 'default', 'auto', 'cc')).toThrow(`container ${c.id} is not connected to network auto`);
  });
});

describe('DNS and isolation on user networks', () => {
  it('resolves names, aliases and short ids on shared networks only, and drops packets between bridges', () => {
    const ctx = testWorld('classic');
    createNetwork(ctx, 'default', 'front');
    createNetwork(ctx, 'default', 'back');
    const web = run(ctx, 'web', { network: 'front' });
    const db = run(ctx, 'db', { network: 'back', networkAliases: ['database'] });
    const me = { host: 'default', containerId: web.id };
    expect(resolveHostName(ctx.world, me, 'db')).toBeUndefined();
    const r = routeTo(ctx.world, me, '172.19.0.2', undefined, 'icmp');
    expect(r.ok).toBe(false);
    expect(r.reason).toBe('isolated');
    expect(r.hops.map((h) => h.kind)).toEqual(['veth', 'bridge', 'drop']);
    connectNetwork(ctx, 'default', 'back', 'web');
    expect(resolveHostName(ctx.world, me, 'db')).toBe('172.19.0.2');
    expect(resolveHostName(ctx.world, me, 'database')).toBe('172.19.0.2');
    expect(resolveHostName(ctx.world, me, db.id.slice(0, 12))).toBe('172.19.0.2');
    expect(routeTo(ctx.world, me, '172.19.0.2', undefined, 'icmp').ok).toBe(true);
  });

  it('keeps internal networks off the outside but reachable from the host', () => {
    const ctx = testWorld('classic');
    createNetwork(ctx, 'default', 'priv', { internal: true });
    const c = run(ctx, 'cc', { network: 'priv' });
    expect(routeTo(ctx.world, { host: 'default', containerId: c.id }, '8.8.8.8', undefined, 'icmp').reason).toBe('internal');
    expect(resolveHostName(ctx.world, { host: 'default', containerId: c.id }, 'example.com')).toBeUndefined();
    expect(routeTo(ctx.world, { host: 'default' }, '172.18.0.2', undefined, 'icmp').dest?.containerId).toBe(c.id);
  });
});

describe('network rm and prune', () => {
  it('refuses pre-defined and busy networks per era, prunes the unused ones', () => {
    const ctx = testWorld('classic');
    const busy = createNetwork(ctx, 'default', 'busy');
    createNetwork(ctx, 'default', 'idle');
    run(ctx, 'cc', { network: 'busy' });
    const bridge = Object.values(ctx.world.hosts.default.daemon.networks).find((n) => n.name === 'bridge')!;
    expect(() => removeNetwork(ctx, 'default', bridge)).toThrow('bridge is a pre-defined network and cannot be removed');
    expect(() => removeNetwork(ctx, 'default', busy)).toThrow(`network busy id ${busy.id} has active endpoints`);
    expect(pruneNetworks(ctx, 'default')).toEqual(['idle']);
  });
});
