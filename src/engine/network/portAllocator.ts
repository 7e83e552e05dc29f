// Published ports. Bindings asked for with a host port must be free on the host; those without
// one get the lowest free port of the ephemeral range 32768–60999. A running container's `ports`
// lists every exposed port: bindings for published ones, [] for the others. The daemon's
// `portMap` records every bound host port, so checks look ports up instead of scanning containers.
import { snapshot } from '../snapshot';
import type { Container, Daemon, Host, PortBinding, World } from '../world';

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

/** Whether a container other than `exceptId` holds `hostPort`/`proto` on an address overlapping `hostIp`. */
function isBound(map: Daemon['portMap'], proto: string, hostIp: string, hostPort: string, exceptId?: string): boolean {
  const slot = map[hostPort];
  if (!slot) return false;
  const prefix = `${proto}/`;
  for (const key of Object.keys(slot)) {
    if (key.startsWith(prefix) && slot[key] !== exceptId && overlaps(key.slice(prefix.length), hostIp)) return true;
  }
  return false;
}

export function isPortAllocated(world: World, hostName: string, hostPort: number | string, proto = 'tcp', hostIp = '0.0.0.0'): boolean {
  return isBound(snapshot(world.hosts[hostName].daemon.portMap), proto, hostIp, String(hostPort));
}

function eachBinding(ports: Record<string, PortBinding[]>, f: (proto: string, b: PortBinding) => void): void {
  for (const [key, bindings] of Object.entries(ports)) for (const b of bindings) f(protoOf(key), b);
}

/** Take the container's bindings out of the daemon's port map (its `ports` stay as they are). */
export function unbindPorts(daemon: Daemon, c: Container): void {
  const map = daemon.portMap;
  eachBinding(c.ports, (proto, b) => {
    const slot = map[b.hostPort];
    const key = `${proto}/${b.hostIp}`;
    if (slot?.[key] !== c.id) return;
    delete slot[key];
    if (Object.keys(slot).length === 0) delete map[b.hostPort];
  });
}

/** Set the container's published ports, keeping the daemon's port map in step. */
export function publishPorts(host: Host, c: Container, ports: Record<string, PortBinding[]>): void {
  const map = host.daemon.portMap;
  unbindPorts(host.daemon, c);
  c.ports = ports;
  eachBinding(ports, (proto, b) => {
    (map[b.hostPort] ??= {})[`${proto}/${b.hostIp}`] = c.id;
  });
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
  // Bindings made earlier in this same call count as taken too.
  const fresh: Record<string, PortBinding[]> = {};
  const map = snapshot(host.daemon.portMap);
  const isTaken = (proto: string, ip: string, port: string) =>
    isBound(map, proto, ip, port, c.id) || (fresh[proto] ?? []).some((b) => b.hostPort === port && overlaps(b.hostIp, ip));
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
      const made = [{ hostIp: ip, hostPort: port }];
      if (ipv6 && b.hostIp === '') made.push({ hostIp: '::', hostPort: port });
      out.push(...made);
      (fresh[proto] ??= []).push(...made);
    }
    result[key] = out;
  }
  return result;
}

export function isPortConflict(x: Record<string, PortBinding[]> | PortConflict): x is PortConflict {
  return typeof (x as PortConflict).hostPort === 'string' && typeof (x as PortConflict).hostIp === 'string';
}
