// bridge, host and none exist on every daemon from the start.
import type { Ctx } from '../ctx';
import { newId } from '../ids';
import type { Network } from '../world';

export function createDefaultNetworks(ctx: Ctx, hostName: string): void {
  const { world } = ctx;
  const daemon = world.hosts[hostName].daemon;
  const base = { created: world.now, internal: false, attachable: false, ingress: false, labels: {} };
  const bridge: Network = {
    ...base,
    id: newId(world),
    name: 'bridge',
    driver: 'bridge',
    scope: 'local',
    ipam: [{ subnet: '172.17.0.0/16', gateway: '172.17.0.1' }],
    bridgeName: 'docker0',
    options: {
      'com.docker.network.bridge.default_bridge': 'true',
      'com.docker.network.bridge.enable_icc': 'true',
      'com.docker.network.bridge.enable_ip_masquerade': 'true',
      'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
      'com.docker.network.bridge.name': 'docker0',
      'com.docker.network.driver.mtu': '1500',
    },
  };
  const host: Network = { ...base, id: newId(world), name: 'host', driver: 'host', scope: 'local', ipam: [], options: {} };
  const none: Network = { ...base, id: newId(world), name: 'none', driver: 'null', scope: 'local', ipam: [], options: {} };
  for (const n of [bridge, host, none]) daemon.networks[n.id] = n;
}
