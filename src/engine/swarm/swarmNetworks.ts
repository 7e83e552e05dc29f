// The networks a swarm node gets: the `ingress` overlay (the same id on every node; its subnet per
// era, see profile/swarmProfile.ts) and `docker_gwbridge`, the local bridge that connects task
// containers on overlays to the node's own stack. Leaving the swarm removes both.
import { emit, type Ctx } from '../ctx';
import { newId } from '../ids';
import { createNetwork } from '../network/networkOps';
import { getProfile } from '../profile';
import type { Cluster, Network } from '../world';

export const INGRESS = 'ingress';
export const GWBRIDGE = 'docker_gwbridge';

function ingressNetwork(ctx: Ctx, cluster: Cluster): Network {
  const p = getProfile(ctx.world).swarm;
  if (!cluster.ingressId) cluster.ingressId = newId(ctx.world);
  return {
    id: cluster.ingressId,
    name: INGRESS,
    driver: 'overlay',
    scope: 'swarm',
    created: cluster.createdAt,
    internal: false,
    attachable: false,
    ingress: true,
    ipam: [{ subnet: p.ingressSubnet, gateway: p.ingressGateway }],
    options: { 'com.docker.network.driver.overlay.vxlanid_list': '4096' },
    labels: {},
  };
}

export function addSwarmNetworks(ctx: Ctx, host: string, cluster: Cluster): void {
  const daemon = ctx.world.hosts[host].daemon;
  const ingress = ingressNetwork(ctx, cluster);
  daemon.networks[ingress.id] = ingress;
  emit(ctx, { type: 'network.created', host, networkId: ingress.id });
  if (Object.values(daemon.networks).some((n) => n.name === GWBRIDGE)) return; // kept after a leave, as dockerd does
  const gw = createNetwork(ctx, host, GWBRIDGE);
  gw.bridgeName = GWBRIDGE;
  gw.options = {
    'com.docker.network.bridge.enable_icc': 'false',
    'com.docker.network.bridge.enable_ip_masquerade': 'true',
    'com.docker.network.bridge.name': GWBRIDGE,
  };
}

/** Leaving drops the swarm-scoped networks; docker_gwbridge stays, as on a real node. */
export function removeSwarmNetworks(ctx: Ctx, host: string): void {
  const daemon = ctx.world.hosts[host].daemon;
  for (const net of Object.values(daemon.networks)) {
    if (net.scope !== 'swarm') continue;
    delete daemon.networks[net.id];
    delete daemon.ipam[net.id];
    emit(ctx, { type: 'network.removed', host, networkId: net.id });
  }
}

export function findNetworkByName(ctx: Ctx, host: string, name: string): Network | undefined {
  return Object.values(ctx.world.hosts[host].daemon.networks).find((n) => n.name === name);
}
