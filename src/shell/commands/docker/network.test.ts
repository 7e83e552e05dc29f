import { describe, it, expect } from 'vitest';
import { dockerSession } from './testDocker';

describe('docker network ls / inspect', () => {
  it('lists the predefined networks by name', () => {
    const s = dockerSession('classic');
    const ids = Object.fromEntries(Object.values(s.world.hosts.default.daemon.networks).map((n) => [n.name, n.id.slice(0, 12)]));
    expect(s.docker('network ls').out).toBe(
      'NETWORK ID          NAME                DRIVER              SCOPE\n' +
        `${ids.bridge}        bridge              bridge              local\n` +
        `${ids.host}        host                host                local\n` +
        `${ids.none}        none                null                local\n`,
    );
    expect(s.docker('network ls -q').out).toBe(`${ids.bridge}\n${ids.host}\n${ids.none}\n`);
    expect(dockerSession('current', s.world).docker("network ls --format '{{.Name}}: {{.Driver}}'").out).toBe(
      'bridge: bridge\nhost: host\nnone: null\n',
    );
  });

  it('inspects a network; missing ones per era', () => {
    const s = dockerSession('classic');
    const bridge = Object.values(s.world.hosts.default.daemon.networks).find((n) => n.name === 'bridge')!;
    expect(s.docker('network inspect bridge').out).toBe(`[
    {
        "Name": "bridge",
        "Id": "${bridge.id}",
        "Created": "2018-05-20T10:00:00Z",
        "Scope": "local",
        "Driver": "bridge",
        "EnableIPv6": false,
        "IPAM": {
            "Driver": "default",
            "Options": null,
            "Config": [
                {
                    "Subnet": "172.17.0.0/16",
                    "Gateway": "172.17.0.1"
                }
            ]
        },
        "Internal": false,
        "Attachable": false,
        "Ingress": false,
        "ConfigFrom": {
            "Network": ""
        },
        "ConfigOnly": false,
        "Containers": {},
        "Options": {
            "com.docker.network.bridge.default_bridge": "true",
            "com.docker.network.bridge.enable_icc": "true",
            "com.docker.network.bridge.enable_ip_masquerade": "true",
            "com.docker.network.bridge.host_binding_ipv4": "0.0.0.0",
            "com.docker.network.bridge.name": "docker0",
            "com.docker.network.driver.mtu": "1500"
        },
        "Labels": {}
    }
]
`);
    expect(s.docker("network inspect -f '{{range .IPAM.Config}}{{.Subnet}}{{end}}' bridge").out).toBe('172.17.0.0/16\n');
    expect(s.docker('network inspect foo')).toEqual({ code: 1, out: '[]\n', err: 'Error: No such network: foo\n' });
    expect(dockerSession('current').docker('network inspect foo').err).toBe('Error response from daemon: network foo not found\n');
  });
});
