// docker-machine's view of the world: every host is a VirtualBox VM on the host-only network
// 192.168.99.0/24, whose DHCP server hands out .100, .101 … in order. A machine is running
// while its daemon runs; the Docker daemon listens on tcp://IP:2376.
import type { Host, World } from '../world';

export const MACHINE_DRIVER = 'virtualbox';
export const FIRST_MACHINE_OCTET = 100;
export const DOCKER_TLS_PORT = 2376;

export function getMachine(world: Readonly<World>, name: string): Host | undefined {
  return Object.hasOwn(world.hosts, name) ? world.hosts[name] : undefined;
}

/** Machines in the order `docker-machine ls` prints them (by name). */
export function listMachines(world: Readonly<World>): Host[] {
  return Object.values(world.hosts).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function isMachineRunning(host: Host): boolean {
  return host.daemon.running;
}

export function machineState(host: Host): 'Running' | 'Stopped' {
  return isMachineRunning(host) ? 'Running' : 'Stopped';
}

export function machineUrl(host: Host): string {
  return `tcp://${host.ip}:${DOCKER_TLS_PORT}`;
}

/** The machine whose daemon a DOCKER_HOST value (`tcp://192.168.99.101:2376`) points at. */
export function machineForDockerHost(world: Readonly<World>, dockerHost: string): Host | undefined {
  const m = /^tcp:\/\/([^:/]+)(?::(\d+))?\/?$/.exec(dockerHost.trim());
  if (!m) return undefined;
  return Object.values(world.hosts).find((h) => h.ip === m[1] || h.name === m[1]);
}

/** The lowest free lease of the host-only network's DHCP server. */
export function nextMachineIp(world: Readonly<World>): string {
  const taken = new Set(Object.values(world.hosts).map((h) => h.ip));
  for (let octet = FIRST_MACHINE_OCTET; octet < 255; octet++) {
    const ip = `192.168.99.${octet}`;
    if (!taken.has(ip)) return ip;
  }
  return '192.168.99.254';
}
