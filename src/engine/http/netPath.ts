// The network path an HTTP client's connection takes: name resolution and reachability, as
// network/reach.ts models them (embedded DNS, /etc/hosts, isolation, NAT, published-port DNAT).
import type { Ctx } from '../ctx';
import { emitRoute, resolveHostName, routeTo } from '../network/reach';
import { advanceIngress } from '../swarm/ingressMesh';
import type { World } from '../world';

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

/** The address `name` resolves to for this origin, or undefined (curl's "Could not resolve host"). */
export function resolveFor(world: World, origin: NetOrigin, name: string): string | undefined {
  return resolveHostName(world, origin, name);
}

export function connectTo(ctx: Ctx, origin: NetOrigin, ip: string, port: number): Connection {
  const route = routeTo(ctx.world, origin, ip, port, 'tcp');
  emitRoute(ctx, route, 'tcp');
  // Dropped packets (isolation, internal networks, nobody at the address) never get an answer.
  if (!route.ok || !route.dest) return { ok: false, reason: 'timeout' };
  const { dest } = route;
  // IPVS: each new connection through the routing mesh goes to the next task.
  if (dest.viaIngress) advanceIngress(ctx, dest.viaIngress);
  // The docker hosts run no servers of their own: a port nobody publishes is closed.
  if (!dest.containerId && !dest.outside) return { ok: false, reason: 'refused' };
  const out: Destination = { host: dest.host, port: dest.port ?? port, remoteAddr: dest.remoteAddr ?? '' };
  if (dest.containerId) out.containerId = dest.containerId;
  if (dest.outside) out.outside = true;
  return { ok: true, dest: out };
}
