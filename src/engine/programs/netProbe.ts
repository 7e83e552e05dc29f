// Name resolution and reachability as a process inside a container sees them, for ping and
// friends: the rules are network/reach.ts's (embedded DNS, /etc/hosts, isolation, NAT).
import { resolveInContainer, resolveOnHost } from '../network/resolveHostName';
import { emitRoute, routeTo, type NetOrigin } from '../network/reach';
import type { Ctx } from '../ctx';
import type { World } from '../world';
import { getContainerById } from '../tables/containerTable';

export type ProbeResult =
  | { ok: false; reason: 'unknown-host' }
  | {
      ok: true;
      ip: string;
      reachable: boolean;
      /** TTL of replies: 64 inside the host, the remote's otherwise. */
      ttl: number;
      /** Typical round trip in µs, before jitter. */
      rttMicros: number;
      /** What a reverse lookup gives (`c2.mynet`), when the name server knows the address. */
      reverseName?: string;
    };

/** TTL of replies from the internet as the seed's transcripts show them (8.8.8.8: ttl=54). */
const OUTSIDE_TTL = 54;

/** Resolve `target` and decide whether it answers; the contract ping and friends use. */
export function resolveAndReach(world: Readonly<World>, host: string, containerId: string, target: string): ProbeResult {
  const w = world as World;
  const h = w.hosts[host];
  const self = getContainerById(h?.daemon, containerId);
  if (!self) return { ok: false, reason: 'unknown-host' };
  const r = self.hostConfig.networkMode === 'host' ? wrap(resolveOnHost(w, target)) : resolveInContainer(w, h, self, target);
  return probeRoute(w, { host, containerId }, r);
}

/** The same from the docker host's own shell (ping on the host): its names, its routes. */
export function resolveAndReachFromHost(world: Readonly<World>, host: string, target: string): ProbeResult {
  const w = world as World;
  if (!w.hosts[host]) return { ok: false, reason: 'unknown-host' };
  const ip = /^\d{1,3}(\.\d{1,3}){3}$/.test(target) ? target : resolveOnHost(w, target);
  return probeRoute(w, { host }, wrap(ip));
}

/** One echo request from `origin` to `ip`, as packet events for the network view. */
export function emitEchoRequest(ctx: Ctx, origin: NetOrigin, ip: string): void {
  emitRoute(ctx, routeTo(ctx.world, origin, ip, undefined, 'icmp'), 'icmp');
}

function probeRoute(w: World, origin: NetOrigin, r: { ip: string; reverseName?: string } | undefined): ProbeResult {
  if (!r) return { ok: false, reason: 'unknown-host' };
  const route = routeTo(w, origin, r.ip, undefined, 'icmp');
  const outside = route.dest?.outside === true;
  const loopback = route.hops.length > 0 && route.hops.every((hop) => hop.kind === 'loopback');
  const res: ProbeResult = {
    ok: true,
    ip: r.ip,
    reachable: route.ok,
    ttl: outside ? OUTSIDE_TTL : 64,
    rttMicros: loopback ? 40 : outside ? 12000 : 80,
  };
  if (r.reverseName) res.reverseName = r.reverseName;
  return res;
}

function wrap(ip: string | undefined): { ip: string; reverseName?: string } | undefined {
  if (!ip) return undefined;
  return { ip };
}
