import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../engine/createWorld';
import { type, typeAll } from '../../../testing/shellHarness';

function world(profile: 'classic' | 'current', lines: string[]) {
  return typeAll(createWorld({ profile }), lines).world;
}

describe('network tools in a busybox container', () => {
  const w = world('classic', ['docker network create mynet', 'docker run -d --name web --network mynet busybox sleep 1000', 'docker run -d --name c1 --network mynet busybox sleep 1000']);

  it('ip a: lo, then eth0 with its veth peer index, address without brd in 18.03', () => {
    expect(type(w, 'docker exec c1 ip a').stdout).toBe(
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n' +
        '    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n    inet6 ::1/128 scope host \n       valid_lft forever preferred_lft forever\n' +
        '8: eth0@if9: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue state UP \n    link/ether 02:42:ac:12:00:03 brd ff:ff:ff:ff:ff:ff\n' +
        '    inet 172.18.0.3/16 scope global eth0\n       valid_lft forever preferred_lft forever\n',
    );
  });

  it('ip route and route -n show the default via the gateway', () => {
    expect(type(w, 'docker exec c1 ip route').stdout).toBe('default via 172.18.0.1 dev eth0 \n172.18.0.0/16 dev eth0 scope link  src 172.18.0.3 \n');
    expect(type(w, 'docker exec c1 route -n').stdout).toBe(
      'Kernel IP routing table\nDestination     Gateway         Genmask         Flags Metric Ref    Use Iface\n' +
        '0.0.0.0         172.18.0.1      0.0.0.0         UG    0      0        0 eth0\n172.18.0.0      0.0.0.0         255.255.0.0     U     0      0        0 eth0\n',
    );
  });

  it('nslookup asks the embedded DNS: busybox 1.28 and 1.36 layouts', () => {
    expect(type(w, 'docker exec c1 nslookup web').stdout).toBe('Server:    127.0.0.11\nAddress 1: 127.0.0.11\n\nName:      web\nAddress 1: 172.18.0.2 web.mynet\n');
    const miss = type(w, 'docker exec c1 nslookup nope');
    expect([miss.stdout, miss.stderr]).toEqual(['Server:    127.0.0.11\nAddress 1: 127.0.0.11\n\n', "nslookup: can't resolve 'nope'\n"]);
    const cur = world('current', ['docker network create mynet', 'docker run -d --name web --network mynet busybox sleep 1000']);
    expect(type(cur, 'docker run --rm --network mynet busybox nslookup web').stdout).toBe(
      'Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\nName:\tweb\nAddress: 172.18.0.2\n\nNon-authoritative answer:\n*** Can\'t find web: No answer\n\n',
    );
  });

  it('ifconfig lists eth0 then lo with the RX/TX lines', () => {
    expect(type(w, 'docker exec c1 ifconfig eth0').stdout).toBe(
      'eth0      Link encap:Ethernet  HWaddr 02:42:AC:12:00:03  \n          inet addr:172.18.0.3  Bcast:0.0.0.0  Mask:255.255.0.0\n' +
        '          UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1\n          RX packets:0 errors:0 dropped:0 overruns:0 frame:0\n' +
        '          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0\n          collisions:0 txqueuelen:0 \n          RX bytes:0 (0.0 B)  TX bytes:0 (0.0 B)\n\n',
    );
  });

  it('netstat -tlnp shows what the container listens on; the host shows docker-proxy ports', () => {
    const n = world('classic', ['docker run -d --name web -p 8080:80 nginx']);
    expect(type(n, 'docker exec web netstat -tlnp').stderr).toBe('OCI runtime exec failed: exec failed: container_linux.go:348: starting container process caused "exec: \\"netstat\\": executable file not found in $PATH": unknown\n');
    expect(type(n, 'netstat -tln').stdout).toBe(
      'Active Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       \n' +
        'tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      \ntcp6       0      0 :::22                   :::*                    LISTEN      \n' +
        'tcp6       0      0 :::2376                 :::*                    LISTEN      \ntcp6       0      0 :::8080                 :::*                    LISTEN      \n',
    );
  });

  it('debian-family images have no ip', () => {
    const u = world('classic', ['docker run -d --name ub ubuntu sleep 1000']);
    expect(type(u, 'docker exec ub bash -c "ip a"').stderr).toBe('bash: ip: command not found\n');
  });
});
