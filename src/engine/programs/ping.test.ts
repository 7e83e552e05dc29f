import { describe, expect, it } from 'vitest';
import { createWorld } from '../createWorld';
import type { Endpoint, World } from '../world';
import { fakeContainer, runProgram } from './fakeProgramApi';
import { ping } from './ping';
import { getContainerById } from '../tables/containerTable';
import { putContainer } from '../tables/containerTable';

function endpoint(networkId: string, ip: string, gateway: string, aliases: string[] = []): Endpoint {
  return { networkId, endpointId: 'e'.repeat(64), ip, prefixLen: 16, gateway, mac: '', aliases, links: [] };
}

/** c1 (the pinger) and c2 on mynet, c3 on the default bridge, c4 alone on othernet. */
function lab(): World {
  const world = createWorld({ profile: 'classic' });
  const d = world.hosts.default.daemon;
  d.networks.n1 = { ...Object.values(d.networks)[0], id: 'n1', name: 'mynet', bridgeName: 'br-1', options: {}, ipam: [{ subnet: '172.18.0.0/16', gateway: '172.18.0.1' }] };
  d.networks.n2 = { ...d.networks.n1, id: 'n2', name: 'othernet', ipam: [{ subnet: '172.19.0.0/16', gateway: '172.19.0.1' }] };
  const add = (id: string, name: string, networks: Record<string, Endpoint>) => {
    putContainer(d, fakeContainer({ id, name, networks }));
  };
  const bridge = Object.values(d.networks).find((n) => n.name === 'bridge')!.id;
  add('a'.repeat(64), 'c1', { mynet: endpoint('n1', '172.18.0.2', '172.18.0.1'), bridge: endpoint(bridge, '172.17.0.2', '172.17.0.1') });
  add('b'.repeat(64), 'c2', { mynet: endpoint('n1', '172.18.0.3', '172.18.0.1', ['db']) });
  add('c'.repeat(64), 'c3', { bridge: endpoint(bridge, '172.17.0.3', '172.17.0.1') });
  add('d'.repeat(64), 'c4', { othernet: endpoint('n2', '172.19.0.2', '172.19.0.1') });
  return world;
}

const BUSYBOX = { '/bin/busybox': 'ELF' };

function pinger(world: World) {
  return getContainerById(world.hosts.default.daemon, 'a'.repeat(64));
}

describe('ping (busybox)', () => {
  it('resolves a container name on a user-defined network and stops after -c', () => {
    const world = lab();
    const r = runProgram(ping, ['ping', '-c', '3', 'c2'], { world, files: BUSYBOX, container: pinger(world) });
    expect(r.stdout).toBe('PING c2 (172.18.0.3): 56 data bytes\n64 bytes from 172.18.0.3: seq=0 ttl=64 time=0.092 ms\n');
    r.advance(2000);
    expect(r.stdout).toBe(
      'PING c2 (172.18.0.3): 56 data bytes\n' +
        '64 bytes from 172.18.0.3: seq=0 ttl=64 time=0.092 ms\n' +
        '64 bytes from 172.18.0.3: seq=1 ttl=64 time=0.096 ms\n' +
        '64 bytes from 172.18.0.3: seq=2 ttl=64 time=0.096 ms\n' +
        '\n--- c2 ping statistics ---\n' +
        '3 packets transmitted, 3 packets received, 0% packet loss\n' +
        'round-trip min/avg/max = 0.092/0.094/0.096 ms\n',
    );
    expect(r.exitCode).toBe(0);
  });

  it('resolves network aliases', () => {
    const world = lab();
    const r = runProgram(ping, ['ping', '-c', '1', 'db'], { world, files: BUSYBOX, container: pinger(world) });
    expect(r.stdout.split('\n')[0]).toBe('PING db (172.18.0.3): 56 data bytes');
  });

  it('has no names on the default bridge', () => {
    const world = lab();
    const r = runProgram(ping, ['ping', 'c3'], { world, files: BUSYBOX, container: pinger(world) });
    expect(r.stderr).toBe("ping: bad address 'c3'\n");
    expect(r.exitCode).toBe(1);
  });

  it('reaches an address on a shared bridge and prints statistics on Ctrl-C', () => {
    const world = lab();
    const r = runProgram(ping, ['ping', '172.17.0.3'], { world, files: BUSYBOX, container: pinger(world) });
    r.advance(1000);
    r.signal('SIGINT');
    expect(r.stdout).toBe(
      'PING 172.17.0.3 (172.17.0.3): 56 data bytes\n' +
        '64 bytes from 172.17.0.3: seq=0 ttl=64 time=0.092 ms\n' +
        '64 bytes from 172.17.0.3: seq=1 ttl=64 time=0.096 ms\n' +
        '\n--- 172.17.0.3 ping statistics ---\n' +
        '2 packets transmitted, 2 packets received, 0% packet loss\n' +
        'round-trip min/avg/max = 0.092/0.094/0.096 ms\n',
    );
    expect(r.exitCode).toBe(0);
  });

  it('gets no replies across isolated bridges', () => {
    const world = lab();
    const r = runProgram(ping, ['ping', '-c', '2', '172.19.0.2'], { world, files: BUSYBOX, container: pinger(world) });
    r.advance(1000);
    expect(r.stdout).toBe(
      'PING 172.19.0.2 (172.19.0.2): 56 data bytes\n\n--- 172.19.0.2 ping statistics ---\n2 packets transmitted, 0 packets received, 100% packet loss\n',
    );
    expect(r.exitCode).toBe(1);
  });

  it('ignores SIGTERM as PID 1', () => {
    const world = lab();
    const r = runProgram(ping, ['ping', '8.8.8.8'], { world, files: BUSYBOX, container: pinger(world) });
    r.signal('SIGTERM');
    expect(r.exitCode).toBeUndefined();
    expect(r.stdout).toBe('PING 8.8.8.8 (8.8.8.8): 56 data bytes\n64 bytes from 8.8.8.8: seq=0 ttl=54 time=13.312 ms\n');
  });
});

describe('ping (iputils)', () => {
  it('uses icmp_seq from 1, reverse names and the rtt line', () => {
    const world = lab();
    const r = runProgram(ping, ['ping', '-c', '2', 'c2'], { world, container: { ...pinger(world), imageRef: 'ubuntu' } });
    r.advance(1000);
    expect(r.stdout).toBe(
      'PING c2 (172.18.0.3) 56(84) bytes of data.\n' +
        '64 bytes from c2.mynet (172.18.0.3): icmp_seq=1 ttl=64 time=0.092 ms\n' +
        '64 bytes from c2.mynet (172.18.0.3): icmp_seq=2 ttl=64 time=0.096 ms\n' +
        '\n--- c2 ping statistics ---\n' +
        '2 packets transmitted, 2 received, 0% packet loss, time 1018ms\n' +
        'rtt min/avg/max/mdev = 0.092/0.094/0.096/0.002 ms\n',
    );
  });

  it('words an unknown name its own way', () => {
    const world = lab();
    const r = runProgram(ping, ['ping', 'nosuch'], { world, container: { ...pinger(world), imageRef: 'ubuntu' } });
    expect(r.stderr).toBe('ping: nosuch: Name or service not known\n');
    expect(r.exitCode).toBe(2);
  });
});
