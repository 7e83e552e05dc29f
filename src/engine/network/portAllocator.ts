// Published ports. Bindings asked for with a host port must be free on the host; those without
// one get the lowest free port of the ephemeral range 32768–60999. A running container's `ports`
// lists every exposed port: bindings for published ones, [] for the others.
import type { Container, Host, PortBinding, World } from '../world';

export const EPHEMERAL_FIRST = 32768;
export const EPHEMERAL_LAST = 60999;

export interface PortConflict {
  hostIp: string;
  hostPort: string;
}

function overlaps(a: string, b: string): boolean {
  const any = (ip: string) => ip === '' || ip === '0.0.0.0';
  if (a === '::' || b === '::') return a === b;
  return any(a) || any(b) || a === b;
}

function protoOf(portKey: string): string {
  return portKey.split('/')[1] ?? 'tcp';
}

/** Host ports of one protocol bound by containers (other than `exceptId`), with their host IPs. */
function boundPorts(host: Host, proto: string, exceptId?: string): PortBinding[] {
  const out: PortBinding[] = [];
  for (const c of Object.values(host.daemon.containers)) {
    if (c.id === exceptId) continue;
    for (const [key, bindings] of Object.entries(c.ports)) if (protoOf(key) === proto) out.push(...bindings);
  }
  return out;
}

export function isPortAllocated(world: World, hostName: string, hostPort: number | string, proto = 'tcp', hostIp = '0.0.0.0'): boolean {
  return boundPorts(world.hosts[hostName], proto).some((b) => b.hostPort === String(hostPort) && overlaps(b.hostIp, hostIp));
}

/**
 * Work out the container's `ports` from its port bindings (and -P). Returns the first conflict
 * instead of allocating when a requested host port is taken.
 */
export function allocatePorts(host: Host, c: Container, ipv6: boolean): Record<string, PortBinding[]> | PortConflict {
  const wanted: Record<string, PortBinding[]> = {};
  for (const key of c.config.exposedPorts) wanted[key] = [];
  for (const [key, bindings] of Object.entries(c.hostConfig.portBindings)) wanted[key] = bindings.map((b) => ({ ...b }));
  if (c.hostConfig.publishAllPorts) {
    for (const key of c.config.exposedPorts) if (wanted[key].length === 0) wanted[key] = [{ hostIp: '', hostPort: '' }];
  }
  const taken: Record<string, PortBinding[]> = {};
  const isTaken = (proto: string, ip: string, port: string) =>
    (taken[proto] ??= boundPorts(host, proto, c.id)).some((b) => b.hostPort === port && overlaps(b.hostIp, ip));
  const result: Record<string, PortBinding[]> = {};
  for (const [key, bindings] of Object.entries(wanted)) {
    const proto = protoOf(key);
    const out: PortBinding[] = [];
    for (const b of bindings) {
      const ip = b.hostIp || '0.0.0.0';
      let port = b.hostPort;
      if (port === '') {
        let p = EPHEMERAL_FIRST;
        while (p <= EPHEMERAL_LAST && isTaken(proto, ip, String(p))) p++;
        port = String(p);
      } else if (isTaken(proto, ip, port)) {
        return { hostIp: ip, hostPort: port };
      }
      const fresh = [{ hostIp: ip, hostPort: port }];
      if (ipv6 && b.hostIp === '') fresh.push({ hostIp: '::', hostPort: port });
      out.push(...fresh);
      taken[proto].push(...fresh);
    }
    result[key] = out;
  }
  return result;
}

export function isPortConflict(x: Record<string, PortBinding[]> | PortConflict): x is PortConflict {
  return typeof (x as PortConflict).hostPort === 'string' && typeof (x as PortConflict).hostIp === 'string';
}
