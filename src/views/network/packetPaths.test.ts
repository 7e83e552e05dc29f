import { describe, expect, it } from 'vitest';
import { layoutNetwork } from './layoutNetwork';
import { SEED_CHAPTER, typeLines } from './networkTestWorld';
import { namer } from './testNames';

const SETUP = [...SEED_CHAPTER, 'docker run -d --name web -p 8080:80 nginx'];

function pulsesAfter(line: string) {
  const t = typeLines([...SETUP, line]);
  const name = namer(t.world);
  const { plan } = layoutNetwork(t.world, { host: 'default', recent: t.last, batch: 7 });
  return plan.pulses.map((p) => [name(p.id), name(p.from), name(p.to), p.hop, p.points, p.drop?.en]);
}

describe('packet pulses along the drawn links', () => {
  it('same bridge: cont_01 → nw_1 bus → cont_02, the second hop running down the bus from the sender row', () => {
    expect(pulsesAfter('docker exec cont_01 ping -c 1 172.18.0.3')).toEqual([
      ['pkt:7:0', 'ctr:cont_01', 'br:nw_1', 'veth', [[180, 345], [408, 345]], undefined],
      ['pkt:7:1', 'br:nw_1', 'ctr:cont_02', 'veth', [[408, 345], [408, 439], [180, 439]], undefined],
    ]);
  });

  it('different bridges: up docker0 into the host, then stopped at nw_2 by DOCKER-ISOLATION', () => {
    expect(pulsesAfter('docker exec cont_02 ping -c 1 -W 1 172.19.0.2')).toEqual([
      ['pkt:7:0', 'ctr:cont_02', 'br:bridge', 'veth', [[180, 409], [270, 409]], undefined],
      ['pkt:7:1', 'br:bridge', 'host:default', 'bridge', [[270, 409], [270, 165]], undefined],
      ['pkt:7:2', 'host:default', 'br:nw_2', 'drop', [[270, 165], [546, 165], [546, 201]], '✕ dropped: different bridges (DOCKER-ISOLATION)'],
    ]);
  });

  it('the internet: through the host and out of eth0 (NAT)', () => {
    expect(pulsesAfter('docker exec cont_02 ping -c 1 8.8.8.8')).toEqual([
      ['pkt:7:0', 'ctr:cont_02', 'br:bridge', 'veth', [[180, 409], [270, 409]], undefined],
      ['pkt:7:1', 'br:bridge', 'host:default', 'bridge', [[270, 409], [270, 165]], undefined],
      ['pkt:7:2', 'host:default', 'out:8.8.8.8', 'nat', [[270, 165], [319, 165], [319, 85], [319, 56]], undefined],
    ]);
  });

  it('an address no one holds ends at the bottom of the bus', () => {
    expect(pulsesAfter('docker exec cont_03 ping -c 1 -W 1 172.19.0.9')).toEqual([
      ['pkt:7:0', 'ctr:cont_03', 'br:nw_2', 'veth', [[180, 503], [546, 503]], undefined],
      ['pkt:7:1', 'br:nw_2', 'out:172.19.0.9', 'drop', [[546, 503], [546, 529]], '✕ no one has 172.19.0.9'],
    ]);
  });

  it('a published port: the host loops back to itself, DNATs to docker0 and goes down the bus to web', () => {
    expect(pulsesAfter('curl -s localhost:8080')).toEqual([
      ['pkt:7:0', 'host:default', 'host:default', 'loopback', [[319, 165], [319, 165]], undefined],
      ['pkt:7:1', 'host:default', 'br:bridge', 'dnat', [[319, 165], [270, 165], [270, 287]], undefined],
      ['pkt:7:2', 'br:bridge', 'ctr:web', 'veth', [[270, 287], [270, 567], [180, 567]], undefined],
    ]);
  });

  it('a container pinging itself circles in its own box', () => {
    expect(pulsesAfter('docker exec cont_01 ping -c 1 cont_01')).toEqual([['pkt:7:0', 'ctr:cont_01', 'ctr:cont_01', 'loopback', [[105, 338], [105, 338]], undefined]]);
  });
});
