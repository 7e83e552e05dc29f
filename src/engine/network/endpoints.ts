// A container's endpoints: made when it starts (address, gateway, MAC, endpoint id), released
// when it stops. The entry per network stays on the container so that a restart joins the same
// networks; only the runtime fields are cleared.
import { emit, type Ctx } from '../ctx';
import { SimError } from '../errors';
import { newId } from '../ids';
import { getProfile } from '../profile';
import type { Container, Endpoint } from '../world';
import { allocateAddress, parseCidr, releaseAddress, reserveAddress } from './ipam';
import { macFromIp, randomMac } from './macAddress';

export function emptyEndpoint(networkId: string, aliases: string[] = []): Endpoint {
  return { networkId, endpointId: '', ip: '', prefixLen: 0, gateway: '', mac: '', aliases, links: [] };
}

/**
 * Give one network entry of the container a live endpoint. Throws the daemon's error when the
 * network's pool is exhausted or the asked-for address is taken (the entry stays without one).
 */
export function connectEndpoint(ctx: Ctx, hostName: string, c: Container, ep: Endpoint, prefix = ''): void {
  const { world } = ctx;
  const host = world.hosts[hostName];
  const net = host.daemon.networks[ep.networkId];
  if (!net) return;
  if (net.driver === 'bridge' || net.driver === 'overlay') {
    if (ep.ip) releaseAddress(host.daemon, ep.networkId, ep.ip);
    const msg = getProfile(world).network;
    const wanted = ep.ipamConfig?.ipv4Address;
    let addr: { ip: string; prefixLen: number; gateway: string } | undefined;
    if (wanted) {
      if (!reserveAddress(host, net, wanted)) throw new SimError(prefix + msg.addressInUse, 'system');
      addr = { ip: wanted, prefixLen: parseCidr(net.ipam[0].subnet).prefixLen, gateway: net.ipam[0].gateway };
    } else {
      addr = allocateAddress(host, net);
      if (!addr) throw new SimError(prefix + msg.noAddresses(net.name, net.id), 'system');
    }
    ep.ip = addr.ip;
    ep.prefixLen = addr.prefixLen;
    ep.gateway = addr.gateway;
    ep.mac = getProfile(world).macFromIp || net.driver === 'overlay' ? macFromIp(addr.ip) : randomMac(world);
  }
  ep.endpointId = newId(world);
  emit(ctx, { type: 'network.connected', host: hostName, networkId: net.id, containerId: c.id });
}

/** Give every network entry of the container a live endpoint; on failure none is left live. */
export function connectEndpoints(ctx: Ctx, hostName: string, c: Container): void {
  try {
    for (const ep of Object.values(c.networks)) connectEndpoint(ctx, hostName, c, ep, getProfile(ctx.world).network.startPrefix);
  } catch (e) {
    releaseEndpoints(ctx, hostName, c);
    throw e;
  }
}

/** Take one endpoint down: its address goes back to the pool. */
export function releaseEndpoint(ctx: Ctx, hostName: string, c: Container, ep: Endpoint): void {
  if (!ep.endpointId) return;
  if (ep.ip) releaseAddress(ctx.world.hosts[hostName].daemon, ep.networkId, ep.ip);
  Object.assign(ep, { endpointId: '', ip: '', prefixLen: 0, gateway: '', mac: '' });
  emit(ctx, { type: 'network.disconnected', host: hostName, networkId: ep.networkId, containerId: c.id });
}

export function releaseEndpoints(ctx: Ctx, hostName: string, c: Container): void {
  for (const ep of Object.values(c.networks)) releaseEndpoint(ctx, hostName, c, ep);
}
