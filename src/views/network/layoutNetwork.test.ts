import { describe, expect, it } from 'vitest';
import { listContainerSnapshots } from '../../engine/tables/containerTable';
import { outlineLabels, outlineTree } from '../outlineTree';
import { layoutNetwork } from './layoutNetwork';
import { SEED_CHAPTER, typeLines } from './networkTestWorld';
import { namer } from './testNames';

describe('layoutNetwork: the seed networking chapter (classic)', () => {
  const typed = typeLines(SEED_CHAPTER);
  const { plan } = layoutNetwork(typed.world, { host: 'default', recent: [] });
  const name = namer(typed.world);

  it('draws the host, its NICs, three bridges with subnets and gateways, and the DNS on user networks', () => {
    expect([plan.width, plan.height]).toEqual([638, 556]);
    expect(plan.groups).toEqual([{ id: 'hostbox:default', kind: 'host', x: 16, y: 96, w: 606, h: 433, label: { bn: 'হোস্ট default', en: 'host default' } }]);
    const boxes = plan.nodes.filter((n) => n.kind !== 'container' && n.kind !== 'endpoint').map((n) => [name(n.id), n.x, n.y, n.w, n.h, n.lines ?? n.label.en]);
    expect(boxes).toEqual([
      ['internet', 16, 16, 606, 40, 'Internet (simulated)'],
      ['host:default', 30, 119, 578, 34, 'default: routing + iptables (NAT, DNAT)'],
      ['nic:default:eth0', 244, 85, 150, 22, 'eth0 10.0.2.15'],
      ['br:bridge', 208, 183, 124, 86, ['bridge', 'docker0', '172.17.0.0/16', 'gw 172.17.0.1']],
      ['br:nw_1', 346, 183, 124, 86, ['nw_1', `br-${plan.nodes[4].id.slice(3, 15)}`, '172.18.0.0/16', 'gw 172.18.0.1']],
      ['dns:nw_1', 352, 249, 112, 16, 'DNS 127.0.0.11'],
      ['br:nw_2', 484, 183, 124, 86, ['nw_2', `br-${plan.nodes[6].id.slice(3, 15)}`, '172.19.0.0/16', 'gw 172.19.0.1']],
      ['dns:nw_2', 490, 249, 112, 16, 'DNS 127.0.0.11'],
      ['nic:default:eth1', 244, 518, 150, 22, 'eth1 192.168.99.100'],
    ]);
  });

  it('draws each container with a NIC row per network (IP and MAC), cont_02 on two networks', () => {
    const boxes = plan.nodes.filter((n) => n.kind === 'container' || n.kind === 'endpoint').map((n) => [name(n.id), n.x, n.y, n.w, n.h, n.lines ?? n.label.en, n.parent && name(n.parent)]);
    expect(boxes).toEqual([
      ['ctr:cont_01', 30, 293, 150, 54, 'cont_01', 'hostbox:default'],
      ['ep:cont_01:nw_1', 34, 313, 142, 28, ['eth0 172.18.0.2', '02:42:ac:12:00:02'], 'br:nw_1'],
      ['ctr:cont_02', 30, 357, 150, 84, 'cont_02', 'hostbox:default'],
      ['ep:cont_02:bridge', 34, 377, 142, 28, ['eth0 172.17.0.2', '02:42:ac:11:00:02'], 'br:bridge'],
      ['ep:cont_02:nw_1', 34, 407, 142, 28, ['eth1 172.18.0.3', '02:42:ac:12:00:03'], 'br:nw_1'],
      ['ctr:cont_03', 30, 451, 150, 54, 'cont_03', 'hostbox:default'],
      ['ep:cont_03:nw_2', 34, 471, 142, 28, ['eth0 172.19.0.2', '02:42:ac:13:00:02'], 'br:nw_2'],
    ]);
    const ctr = plan.nodes.find((n) => name(n.id) === 'ctr:cont_01')!;
    expect(ctr.inspect).toEqual({ type: 'container', id: ctr.id.slice(4), host: 'default' });
    const br = plan.nodes.find((n) => name(n.id) === 'br:nw_1')!;
    expect(br.inspect).toEqual({ type: 'network', id: br.id.slice(3), host: 'default' });
  });

  it('links every NIC row to its bridge bus with a veth pair named as `ip link` names the host side', () => {
    const c = (n: string) => listContainerSnapshots(typed.world.hosts.default.daemon).find((x) => x.name === n)!;
    const veth = (n: string, net: string) => `veth${c(n).networks[net].endpointId.slice(0, 7)}`;
    expect(plan.edges.map((e) => [name(e.id), e.kind, e.points, e.label?.en])).toEqual([
      ['gw:bridge', 'gateway', [[270, 183], [270, 153]], '172.17.0.1'],
      ['gw:nw_1', 'gateway', [[408, 183], [408, 153]], '172.18.0.1'],
      ['gw:nw_2', 'gateway', [[546, 183], [546, 153]], '172.19.0.1'],
      ['veth:cont_01:nw_1', 'veth', [[180, 327], [408, 327]], veth('cont_01', 'nw_1')],
      ['veth:cont_02:bridge', 'veth', [[180, 391], [270, 391]], veth('cont_02', 'bridge')],
      ['veth:cont_02:nw_1', 'veth', [[180, 421], [408, 421]], veth('cont_02', 'nw_1')],
      ['veth:cont_03:nw_2', 'veth', [[180, 485], [546, 485]], veth('cont_03', 'nw_2')],
      ['bus:bridge', 'bus', [[270, 269], [270, 403]], undefined],
      ['bus:nw_1', 'bus', [[408, 269], [408, 433]], undefined],
      ['bus:nw_2', 'bus', [[546, 269], [546, 497]], undefined],
      ['nat:default', 'nat', [[319, 85], [319, 56]], 'NAT (MASQUERADE)'],
    ]);
  });

  it('gives the text alternative network → containers with IP and MAC', () => {
    expect(outlineLabels(outlineTree(plan), 'en').map(name)).toEqual([
      'host default',
      'default: routing + iptables (NAT, DNAT)',
      'eth0 10.0.2.15',
      'bridge (docker0) 172.17.0.0/16, gateway 172.17.0.1',
      'cont_02 eth0 172.17.0.2/16 MAC 02:42:ac:11:00:02',
      `nw_1 (br-${plan.nodes[4].id.slice(3, 15)}) 172.18.0.0/16, gateway 172.18.0.1`,
      'DNS 127.0.0.11',
      'cont_01 eth0 172.18.0.2/16 MAC 02:42:ac:12:00:02',
      'cont_02 eth1 172.18.0.3/16 MAC 02:42:ac:12:00:03',
      `nw_2 (br-${plan.nodes[6].id.slice(3, 15)}) 172.19.0.0/16, gateway 172.19.0.1`,
      'DNS 127.0.0.11',
      'cont_03 eth0 172.19.0.2/16 MAC 02:42:ac:13:00:02',
      'cont_01',
      'cont_02',
      'cont_03',
      'eth1 192.168.99.100',
      'Internet (simulated)',
    ]);
  });
});
