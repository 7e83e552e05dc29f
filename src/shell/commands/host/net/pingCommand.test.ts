import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../engine/createWorld';
import { interrupt } from '../../../index';
import { tickBy, type, typeAll } from '../../../testing/shellHarness';

function world(profile: 'classic' | 'current') {
  return typeAll(createWorld({ profile }), ['docker run -d --name c1 busybox sleep 1000']).world;
}

describe('ping on the docker host', () => {
  it('classic (busybox): a reply per second, -c 2 ends with the statistics and exit 0', () => {
    const first = type(world('classic'), 'ping -c 2 172.17.0.2');
    expect([first.stdout, first.running]).toEqual(['PING 172.17.0.2 (172.17.0.2): 56 data bytes\n64 bytes from 172.17.0.2: seq=0 ttl=64 time=0.085 ms\n', true]);
    const end = tickBy(first.world, 1000);
    expect([end.stdout, end.running, end.exitCode]).toEqual([
      '64 bytes from 172.17.0.2: seq=1 ttl=64 time=0.093 ms\n\n--- 172.17.0.2 ping statistics ---\n2 packets transmitted, 2 packets received, 0% packet loss\nround-trip min/avg/max = 0.085/0.089/0.093 ms\n',
      false,
      0,
    ]);
  });

  it('current (iputils): Ctrl-C prints the statistics', () => {
    const first = type(world('current'), 'ping 172.17.0.2');
    const more = tickBy(first.world, 2000);
    const stop = interrupt(more.world, 't1');
    expect(first.stdout + more.stdout + stop.output.map((c) => c.text).join('')).toBe(
      'PING 172.17.0.2 (172.17.0.2) 56(84) bytes of data.\n' +
        '64 bytes from 172.17.0.2: icmp_seq=1 ttl=64 time=0.085 ms\n64 bytes from 172.17.0.2: icmp_seq=2 ttl=64 time=0.093 ms\n64 bytes from 172.17.0.2: icmp_seq=3 ttl=64 time=0.094 ms\n' +
        '^C\n--- 172.17.0.2 ping statistics ---\n3 packets transmitted, 3 received, 0% packet loss, time 2031ms\nrtt min/avg/max/mdev = 0.085/0.090/0.094/0.004 ms\n',
    );
    expect(stop.exitCode).toBe(0);
  });

  it('unknown names and unreachable addresses, in both formats', () => {
    const bb = type(world('classic'), 'ping foo');
    expect([bb.stderr, bb.exitCode]).toEqual(["ping: bad address 'foo'\n", 1]);
    const ip = type(world('current'), 'ping c1');
    expect([ip.stderr, ip.exitCode]).toEqual(['ping: c1: Name or service not known\n', 2]);
    const lost = type(world('current'), 'ping -c 2 -W 1 172.17.0.9');
    const end = tickBy(lost.world, 1000);
    expect([lost.stdout + end.stdout, end.exitCode]).toEqual([
      'PING 172.17.0.9 (172.17.0.9) 56(84) bytes of data.\n\n--- 172.17.0.9 ping statistics ---\n2 packets transmitted, 0 received, 100% packet loss, time 1012ms\n',
      1,
    ]);
  });

  it('-i sets the interval between requests', () => {
    const first = type(world('classic'), 'ping -c 2 -i 0.5 127.0.0.1');
    const end = tickBy(first.world, 500);
    expect([first.stdout + end.stdout, end.running]).toEqual([
      'PING 127.0.0.1 (127.0.0.1): 56 data bytes\n64 bytes from 127.0.0.1: seq=0 ttl=64 time=0.042 ms\n64 bytes from 127.0.0.1: seq=1 ttl=64 time=0.046 ms\n' +
        '\n--- 127.0.0.1 ping statistics ---\n2 packets transmitted, 2 packets received, 0% packet loss\nround-trip min/avg/max = 0.042/0.044/0.046 ms\n',
      false,
    ]);
  });
});
