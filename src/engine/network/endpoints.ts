// A container's endpoints: made when it starts (address, gateway, MAC, endpoint id), released
// when it stops. The entry per network stays on the container so that a restart joins the same
// networks; only the runtime fields are cleared.
import { emit, type Ctx } from '../ctx';
import { newId } from '../ids';
import { getProfile } from '../profile';
import type { Container, Endpoint } from '../world';
import { allocateAddress, releaseAddress } from './ipam';
import { macFromIp, randomMac } from './macAddress';

export function emptyEndpoint(networkId: string, aliases: string[] = []): Endpoint {
  return { networkId, endpointId: '', ip: '', prefixLen: 0, gateway: '', mac: '', aliases, links: [] };
}

/** Give every network entry of the container a live endpoint. */
export function connectEndpoints(ctx: Ctx, hostName: string, c: Container): void {
  const { world } = ctx;
  const host = world.hosts[hostName];
  for (const ep of Object.values(c.networks)) {
    const net = host.daemon.networks[ep.networkId];
    if (!net) continue;
    ep.endpointId = newId(world);
    const addr = net.driver === 'bridge' || net.driver === 'overlay' ? allocateAddress(host, net) : undefined;
    if (addr) {
      if (ep.ip) releaseAddress(host.daemon, ep.networkId, ep.ip);
      ep.ip = addr.ip;
      ep.prefixLen = addr.prefixLen;
      ep.gateway = addr.gateway;
      ep.mac = getProfile(world).macFromIp || net.driver === 'overlay' ? macFromIp(addr.ip) : randomMac(world);
    }
    emit(ctx, { type: 'network.connected', host: hostName, networkId: net.id, containerId: c.id });
  }
}

export function releaseEndpoints(ctx: Ctx, hostName: string, c: Container): void {
  const daemon = ctx.world.hosts[hostName].daemon;
  for (const ep of Object.values(c.networks)) {
    if (!ep.endpointId) continue;
    if (ep.ip) releaseAddress(daemon, ep.networkId, ep.ip);
    Object.assign(ep, { endpointId: '', ip: '', prefixLen: 0, gateway: '', mac: '' });
    emit(ctx, { type: 'network.disconnected', host: hostName, networkId: ep.networkId, containerId: c.id });
  }
}
