// Reachability as the kernels and Docker's iptables rules decide it: a packet from a container
// (or the host) to an address goes over veth pairs and bridges, is dropped between bridges
// (DOCKER-ISOLATION) and at internal networks, is DNATed to a container for a published port,
// and leaves through NAT for the outside world. Name resolution is in resolveHostName.ts.
import { emit, type Ctx } from '../ctx';
import type { Container, Endpoint, Host, Network, World } from '../world';
import { ipToInt, parseCidr } from './ipam';
import { getContainerById, listContainerSnapshots } from '../tables/containerTable';
import { ingressTarget } from '../swarm/ingressMesh';

export { resolveHostName } from './resolveHostName';

export interface NetOrigin {
  host: string;
  containerId?: string;
}

/**
 * One step of a packet's path. `from`/`to` are view nodes: `ctr:<id>`, `br:<network id>`,
 * `host:<host name>`, `out:<ip>`; `host` is the docker host the step happens on.
 */
export interface Hop {
  from: string;
  to: string;
  kind: 'veth' | 'bridge' | 'nat' | 'dnat' | 'loopback' | 'outside' | 'drop';
  device?: string;
  host?: string;
}

export interface RouteResult {
  ok: boolean;
  hops: Hop[];
  /** Who owns the address (after DNAT for published ports); remoteAddr is the source address the owner sees. */
  dest?: { host: string; containerId?: string; outside?: boolean; port?: number; remoteAddr?: string; viaIngress?: string };
  reason?: 'unreachable' | 'isolated' | 'internal' | 'no-route';
}

type Proto = 'tcp' | 'udp' | 'icmp';

/** The address VirtualBox's NAT gives a docker-machine VM on its first interface. */
export const VM_NAT_IP = '10.0.2.15';

const ctrNode = (id: string) => `ctr:${id}`;
const brNode = (id: string) => `br:${id}`;
const hostNode = (name: string) => `host:${name}`;

function inSubnet(ip: string, cidr: string): boolean {
  const { base, prefixLen } = parseCidr(cidr);
  const size = 2 ** (32 - prefixLen);
  return Math.floor(ipToInt(ip) / size) * size === base;
}

function isUp(c: Container): boolean {
  return c.state.status === 'running' || c.state.status === 'paused';
}

/** A container's endpoints in the order its interfaces were made (eth0, eth1 …). */
export function endpointsInAttachOrder(c: Container): Endpoint[] {
  return Object.values(c.networks).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
}

/** Networks the container is attached to with a live endpoint, with that endpoint's address. */
export function attachedNetworks(host: Host, c: Container): { net: Network; ip: string }[] {
  const out: { net: Network; ip: string }[] = [];
  for (const ep of endpointsInAttachOrder(c)) {
    const net = host.daemon.networks[ep.networkId];
    if (net) out.push({ net, ip: ep.ip });
  }
  return out;
}

/** The running container holding `ip` on this host, and the network it holds it on. */
export function containerAt(host: Host, ip: string): { c: Container; net: Network } | undefined {
  for (const c of listContainerSnapshots(host.daemon)) {
    if (!isUp(c)) continue;
    for (const ep of Object.values(c.networks)) {
      if (ep.ip === ip && host.daemon.networks[ep.networkId]) return { c: getContainerById(host.daemon, c.id)!, net: host.daemon.networks[ep.networkId] };
    }
  }
  return undefined;
}

function bridgeNetworkOf(host: Host, ip: string): Network | undefined {
  return Object.values(host.daemon.networks).find((n) => n.driver === 'bridge' && n.ipam.some((p) => inSubnet(ip, p.subnet)));
}

/** The host's own addresses: loopback, its public address, the NAT interface and every bridge's gateway. */
export function isHostAddress(host: Host, ip: string): boolean {
  if (ip.startsWith('127.') || ip === host.ip || ip === VM_NAT_IP) return true;
  return Object.values(host.daemon.networks).some((n) => n.driver === 'bridge' && n.ipam.some((p) => p.gateway === ip));
}

function device(net: Network): string {
  return net.bridgeName ?? (net.id ? `br-${net.id.slice(0, 12)}` : 'docker0');
}

function gatewayOf(net: Network): string {
  return net.ipam[0]?.gateway ?? '';
}

/** A published host port on `ip` (docker-proxy / the DNAT rule): the container and its port. */
export function publishedTarget(host: Host, ip: string, port: number, proto: 'tcp' | 'udp'): { c: Container; port: number } | undefined {
  const slot = host.daemon.portMap[String(port)];
  if (!slot) return undefined;
  for (const [key, id] of Object.entries(slot)) {
    const [p, hostIp] = [key.slice(0, key.indexOf('/')), key.slice(key.indexOf('/') + 1)];
    if (p !== proto) continue;
    const matches = hostIp === '0.0.0.0' || hostIp === '::' || hostIp === '' || hostIp === ip;
    const c = getContainerById(host.daemon, id);
    if (!matches || !c || !isUp(c)) continue;
    for (const [portKey, bindings] of Object.entries(c.ports)) {
      if (portKey.endsWith(`/${proto}`) && bindings.some((b) => b.hostPort === String(port))) return { c, port: Number(portKey.split('/')[0]) };
    }
  }
  return undefined;
}

/** The packet has reached the host's stack: a published port DNATs to its container, otherwise the host answers. */
function arriveAtHost(world: World, hostName: string, ip: string, hops: Hop[], port: number | undefined, proto: Proto, from: string): RouteResult {
  const host = world.hosts[hostName];
  if (port !== undefined && proto !== 'icmp') {
    // A swarm service's published port: the routing mesh takes it to a task on any node.
    const mesh = ingressTarget(world, hostName, port, proto);
    if (mesh) {
      hops.push({ from: hostNode(hostName), to: ctrNode(mesh.containerId), kind: 'dnat', device: 'ingress', host: hostName });
      return { ok: true, hops, dest: { host: mesh.host, containerId: mesh.containerId, port: mesh.port, remoteAddr: mesh.remoteAddr, viaIngress: mesh.serviceId } };
    }
    const pub = publishedTarget(host, ip, port, proto);
    if (pub) {
      const ep = Object.values(pub.c.networks).find((e) => e.ip);
      const net = ep ? host.daemon.networks[ep.networkId] : undefined;
      if (net && ep) {
        hops.push({ from: hostNode(hostName), to: brNode(net.id), kind: 'dnat', device: device(net), host: hostName });
        hops.push({ from: brNode(net.id), to: ctrNode(pub.c.id), kind: 'veth', device: device(net), host: hostName });
        return { ok: true, hops, dest: { host: hostName, containerId: pub.c.id, port: pub.port, remoteAddr: gatewayOf(net) } };
      }
      // --network host publishes nothing; other modes keep the port on the host.
    }
  }
  return { ok: true, hops, dest: { host: hostName, port, remoteAddr: from } };
}

function fromHost(world: World, hostName: string, ip: string, port: number | undefined, proto: Proto, hops: Hop[]): RouteResult {
  const host = world.hosts[hostName];
  const me = hostNode(hostName);
  if (isHostAddress(host, ip)) {
    hops.push({ from: me, to: me, kind: 'loopback', device: 'lo', host: hostName });
    return arriveAtHost(world, hostName, ip, hops, port, proto, ip.startsWith('127.') ? '127.0.0.1' : ip);
  }
  const target = containerAt(host, ip);
  if (target) {
    hops.push({ from: me, to: brNode(target.net.id), kind: 'bridge', device: device(target.net), host: hostName });
    hops.push({ from: brNode(target.net.id), to: ctrNode(target.c.id), kind: 'veth', device: device(target.net), host: hostName });
    return { ok: true, hops, dest: { host: hostName, containerId: target.c.id, port, remoteAddr: gatewayOf(target.net) } };
  }
  const bridge = bridgeNetworkOf(host, ip);
  if (bridge) {
    hops.push({ from: me, to: brNode(bridge.id), kind: 'bridge', device: device(bridge), host: hostName });
    hops.push({ from: brNode(bridge.id), to: `out:${ip}`, kind: 'drop', device: device(bridge), host: hostName });
    return { ok: false, hops, reason: 'unreachable' };
  }
  const other = Object.values(world.hosts).find((h) => h.ip === ip);
  if (other) {
    hops.push({ from: me, to: hostNode(other.name), kind: 'outside', device: 'eth1', host: hostName });
    return arriveAtHost(world, other.name, ip, hops, port, proto, host.ip);
  }
  hops.push({ from: me, to: `out:${ip}`, kind: 'outside', device: 'eth0', host: hostName });
  return { ok: true, hops, dest: { host: hostName, outside: true, port, remoteAddr: host.ip } };
}

function fromContainer(world: World, hostName: string, self: Container, ip: string, port: number | undefined, proto: Proto, hops: Hop[]): RouteResult {
  const host = world.hosts[hostName];
  const me = ctrNode(self.id);
  const attached = attachedNetworks(host, self);
  const mode = self.hostConfig.networkMode;
  if (mode === 'host' || attached.some((a) => a.net.driver === 'host')) return fromHost(world, hostName, ip, port, proto, hops);
  const own = attached.filter((a) => a.ip);
  if (ip.startsWith('127.') || own.some((a) => a.ip === ip)) {
    hops.push({ from: me, to: me, kind: 'loopback', device: 'lo', host: hostName });
    return { ok: true, hops, dest: { host: hostName, containerId: self.id, port, remoteAddr: ip.startsWith('127.') ? '127.0.0.1' : ip } };
  }
  if (own.length === 0) return { ok: false, hops, reason: 'no-route' };
  // The interface the kernel picks: the network whose subnet holds the address, else the default route (the first network).
  const direct = own.find((a) => a.net.ipam.some((p) => inSubnet(ip, p.subnet)));
  const via = direct ?? own[0];
  const eth = `eth${own.indexOf(via)}`;
  hops.push({ from: me, to: brNode(via.net.id), kind: 'veth', device: eth, host: hostName });
  if (direct) {
    if (ip === gatewayOf(direct.net)) return arriveAtHost(world, hostName, ip, hops, port, proto, direct.ip);
    const target = containerAt(host, ip);
    if (target && target.net.id === direct.net.id) {
      hops.push({ from: brNode(direct.net.id), to: ctrNode(target.c.id), kind: 'veth', device: device(direct.net), host: hostName });
      return { ok: true, hops, dest: { host: hostName, containerId: target.c.id, port, remoteAddr: direct.ip } };
    }
    hops.push({ from: brNode(direct.net.id), to: `out:${ip}`, kind: 'drop', device: device(direct.net), host: hostName });
    return { ok: false, hops, reason: 'unreachable' };
  }
  // Off-link: through the gateway into the host's stack, where iptables decides.
  if (via.net.internal) {
    hops.push({ from: brNode(via.net.id), to: hostNode(hostName), kind: 'drop', device: device(via.net), host: hostName });
    return { ok: false, hops, reason: 'internal' };
  }
  hops.push({ from: brNode(via.net.id), to: hostNode(hostName), kind: 'bridge', device: device(via.net), host: hostName });
  if (isHostAddress(host, ip)) return arriveAtHost(world, hostName, ip, hops, port, proto, gatewayOf(via.net));
  const foreignBridge = bridgeNetworkOf(host, ip);
  if (foreignBridge) {
    hops.push({ from: hostNode(hostName), to: brNode(foreignBridge.id), kind: 'drop', device: device(foreignBridge), host: hostName });
    return { ok: false, hops, reason: 'isolated' };
  }
  const other = Object.values(world.hosts).find((h) => h.ip === ip);
  if (other) {
    hops.push({ from: hostNode(hostName), to: hostNode(other.name), kind: 'nat', device: 'eth1', host: hostName });
    return arriveAtHost(world, other.name, ip, hops, port, proto, host.ip);
  }
  hops.push({ from: hostNode(hostName), to: `out:${ip}`, kind: 'nat', device: 'eth0', host: hostName });
  return { ok: true, hops, dest: { host: hostName, outside: true, port, remoteAddr: host.ip } };
}

/** Where a packet from `origin` to `ip` (and `port`) goes, hop by hop. */
export function routeTo(world: World, origin: NetOrigin, ip: string, port?: number, proto: Proto = 'tcp'): RouteResult {
  const host = world.hosts[origin.host];
  if (!host) return { ok: false, hops: [], reason: 'no-route' };
  const self = origin.containerId ? getContainerById(host.daemon, origin.containerId) : undefined;
  if (self) return fromContainer(world, origin.host, self, ip, port, proto, []);
  return fromHost(world, origin.host, ip, port, proto, []);
}

/** One 'packet.sent' event per hop, for the network view's animation. */
export function emitRoute(ctx: Ctx, route: RouteResult, proto: string): void {
  for (const hop of route.hops) {
    emit(ctx, { type: 'packet.sent', host: hop.host ?? '', from: hop.from, to: hop.to, proto, hop: hop.kind, ...(hop.device ? { device: hop.device } : {}) });
  }
}
