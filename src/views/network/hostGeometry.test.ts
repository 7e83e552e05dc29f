import { describe, expect, it } from 'vitest';
import { layoutNetwork } from './layoutNetwork';
import { AGGREGATE_ABOVE } from './networkFacts';
import { typeLines } from './networkTestWorld';
import { namer } from './testNames';

describe('host geometry', () => {
  it('lists published ports on the host and draws host/none containers unlinked, with their mode', () => {
    const t = typeLines([
      'docker run -d --name web -p 8080:80 -p 127.0.0.1:8443:443 nginx',
      'docker run -d --name hostnet --network host busybox sleep 1000',
      'docker run -d --name nonet --network none busybox sleep 1000',
      'docker create --name idle busybox sleep 1000',
    ]);
    const name = namer(t.world);
    const { plan } = layoutNetwork(t.world, { host: 'default', recent: [] });
    const rows = plan.nodes.filter((n) => ['port', 'container', 'endpoint'].includes(n.kind)).map((n) => [name(n.id), n.y, n.h, n.label.en, n.sub?.en]);
    expect(rows).toEqual([
      ['port:default:tcp:0.0.0.0:8080', 145, 16, '0.0.0.0:8080 → web:80/tcp', undefined],
      ['port:default:tcp:127.0.0.1:8443', 163, 16, '127.0.0.1:8443 → web:443/tcp', undefined],
      ['ctr:web', 329, 54, 'web', undefined],
      ['ep:web:bridge', 349, 28, 'web eth0 172.17.0.2/16 MAC 02:42:ac:11:00:02', undefined],
      ['ctr:hostnet', 393, 40, 'hostnet', 'network: host (the host’s eth0/eth1)'],
      ['ctr:nonet', 443, 40, 'nonet', 'network: none (lo only)'],
    ]);
    expect(plan.edges.filter((e) => e.kind === 'veth').map((e) => name(e.id))).toEqual(['veth:web:bridge']);
    const port = plan.nodes.find((n) => n.kind === 'port')!;
    expect(port.inspect?.type).toBe('container');
    expect(port.parent).toBe('host:default');
  });

  it(`above ${AGGREGATE_ABOVE} containers on a host, draws a counted row per network instead`, () => {
    const lines = ['docker network create big'];
    for (let i = 0; i < 30; i++) lines.push(`docker run -d --name a${i} busybox sleep 1000`);
    for (let i = 0; i < 12; i++) lines.push(`docker run -d --name b${i} --network big busybox sleep 1000`);
    lines.push('docker network connect big a0', 'docker exec b3 ping -c 1 a0');
    const t = typeLines(lines);
    const name = namer(t.world);
    const { plan } = layoutNetwork(t.world, { host: 'default', recent: t.last, batch: 1 });
    expect(plan.aggregated).toBe(true);
    expect(plan.nodes.filter((n) => n.kind === 'container' || n.kind === 'endpoint')).toEqual([]);
    expect(plan.nodes.filter((n) => n.kind === 'aggregate').map((n) => [name(n.id), n.y, n.h, n.label.en, n.sub?.en, n.label.bn, n.sub?.bn])).toEqual([
      ['agg:default:bridge', 293, 36, '30 containers', 'network: bridge', '30টি কন্টেইনার', 'নেটওয়ার্ক: bridge'],
      ['agg:default:big', 339, 36, '13 containers', 'network: big', '13টি কন্টেইনার', 'নেটওয়ার্ক: big'],
    ]);
    // A packet between two containers of `big` runs from its row to itself along the bus.
    expect(plan.pulses.map((p) => [name(p.from), name(p.to), p.points])).toEqual([
      ['ctr:b3', 'br:big', [[180, 357], [408, 357]]],
      ['br:big', 'ctr:a0', [[408, 357], [180, 357]]],
    ]);
  });

  it('draws every docker-machine VM beside the default host, joined by the host-only network', () => {
    const t = typeLines(['docker-machine create --driver virtualbox myvm1', 'docker run -d --name c1 busybox sleep 1000']);
    const { plan } = layoutNetwork(t.world, { host: 'myvm1', recent: [] });
    expect(plan.groups.map((g) => [g.id, g.x, g.w])).toEqual([
      ['hostbox:myvm1', 16, 342],
      ['hostbox:default', 398, 342],
    ]);
    expect(plan.nodes.filter((n) => n.kind === 'nic' || n.kind === 'lan').map((n) => n.label.en)).toEqual([
      'eth0 10.0.2.15',
      'eth1 192.168.99.101',
      'eth0 10.0.2.15',
      'eth1 192.168.99.100',
      'host-only network 192.168.99.0/24',
    ]);
    expect(plan.edges.filter((e) => e.kind === 'host-only').map((e) => [e.id, e.points])).toEqual([
      ['lan:myvm1', [[187, 318], [187, 406]]],
      ['lan:default', [[569, 382], [569, 406]]],
    ]);
  });
});
