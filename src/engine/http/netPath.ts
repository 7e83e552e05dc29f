// The network path an HTTP client's connection takes: name resolution and reachability.
// PROVISIONAL: until network/reach.ts (resolveHostName, routeTo, emitRoute) lands, this adapter
// leans on programs/netProbe.ts for containers and on the daemon's port map for the DNAT rules
// of published ports. Swap the bodies for reach.ts calls; the contract below stays.
import { emit, type Ctx } from '../ctx';
import { isReachable, resolveName } from '../programs/netProbe';
import { resolvePublicName } from '../outside/outsideWorld';
import type { Container, World } from '../world';

export interface NetOrigin {
  host: string;
  containerId?: string;
}

export interface Destination {
  host: string;
  containerId?: string;
  outside?: boolean;
  /** Port on the destination after any DNAT (a published port maps to the container's). */
  port: number;
  /** The client's address as the server sees it. */
  remoteAddr: string;
}

export type Connection = { ok: true; dest: Destination } | { ok: false; reason: 'refused' | 'timeout' };

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function originContainer(world: World, origin: NetOrigin): Container | undefined {
  return origin.containerId ? world.hosts[origin.host]?.daemon.containers[origin.containerId] : undefined;
}

function isUp(c: Container): boolean {
  return c.state.status === 'running';
}

/** The address `name` resolves to for this origin, or undefined (curl's "Could not resolve host"). */
export function resolveFor(world: World, origin: NetOrigin, name: string): string | undefined {
  const self = originContainer(world, origin);
  if (self) return resolveName(world, origin.host, self, name)?.ip;
  if (IPV4.test(name)) return name;
  if (name === 'localhost') return '127.0.0.1';
  const host = world.hosts[origin.host];
  if (name === origin.host) return host?.ip;
  return resolvePublicName(name);
}

function containerByIp(world: World, hostName: string, ip: string): Container | undefined {
  return Object.values(world.hosts[hostName]?.daemon.containers ?? {}).find((c) => isUp(c) && Object.values(c.networks).some((e) => e.ip === ip));
}

/** A host port published by a running container (docker-proxy / the DNAT rule). */
function publishedTarget(world: World, hostName: string, port: number): { c: Container; port: number } | undefined {
  for (const c of Object.values(world.hosts[hostName]?.daemon.containers ?? {})) {
    if (!isUp(c)) continue;
    for (const [key, bindings] of Object.entries(c.ports)) {
      if (!key.endsWith('/tcp')) continue;
      if (bindings.some((b) => b.hostPort === String(port))) return { c, port: Number(key.split('/')[0]) };
    }
  }
  return undefined;
}

function gatewayFor(c: Container): string {
  return Object.values(c.networks).find((e) => e.gateway)?.gateway ?? '172.17.0.1';
}

function packet(ctx: Ctx, host: string, from: string, to: string): void {
  emit(ctx, { type: 'packet.sent', host, from, to, proto: 'tcp' });
}

function isHostAddress(world: World, hostName: string, ip: string): boolean {
  const host = world.hosts[hostName];
  if (ip.startsWith('127.') || ip === host.ip || ip === '10.0.2.15') return true;
  return Object.values(host.daemon.networks).some((n) => n.ipam.some((p) => p.gateway === ip));
}

export function connectTo(ctx: Ctx, origin: NetOrigin, ip: string, port: number): Connection {
  const { world } = ctx;
  const self = originContainer(world, origin);
  const from = self ? (Object.values(self.networks).find((e) => e.ip)?.ip ?? '127.0.0.1') : world.hosts[origin.host].ip;
  const local = ip.startsWith('127.');
  if (self && (local || Object.values(self.networks).some((e) => e.ip === ip))) {
    return { ok: true, dest: { host: origin.host, containerId: self.id, port, remoteAddr: '127.0.0.1' } };
  }
  if (self && !isReachable(world, origin.host, self, ip)) return { ok: false, reason: 'timeout' };
  const target = containerByIp(world, origin.host, ip);
  if (target) {
    packet(ctx, origin.host, from, ip);
    const shared = self ? Object.keys(self.networks).find((n) => n in target.networks) : undefined;
    const remoteAddr = shared && self ? self.networks[shared].ip : gatewayFor(target);
    return { ok: true, dest: { host: origin.host, containerId: target.id, port, remoteAddr } };
  }
  // The docker host itself (its own addresses, or a gateway seen from a container): published ports DNAT.
  const hostName = self ? origin.host : (Object.values(world.hosts).find((h) => h.ip === ip)?.name ?? origin.host);
  if (isHostAddress(world, hostName, ip) || (!self && Object.values(world.hosts).some((h) => h.ip === ip))) {
    const pub = publishedTarget(world, hostName, port);
    if (!pub) return { ok: false, reason: 'refused' };
    packet(ctx, hostName, from, ip);
    return { ok: true, dest: { host: hostName, containerId: pub.c.id, port: pub.port, remoteAddr: gatewayFor(pub.c) } };
  }
  packet(ctx, origin.host, from, ip);
  return { ok: true, dest: { host: origin.host, outside: true, port, remoteAddr: world.hosts[origin.host].ip } };
}
