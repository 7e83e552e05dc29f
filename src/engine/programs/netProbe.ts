// Name resolution and reachability as a process inside a container sees them: Docker's embedded
// DNS on user-defined networks (names, aliases, 12-char ids), /etc/hosts entries from --link on
// the default bridge, isolation between bridges, and the outside world through NAT.
// A provisional module: the networking code may replace it with its own rules (same contract).
import type { Container, Network, World } from '../world';

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

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** A few public names a lesson may ping; fixed addresses keep runs reproducible. */
const PUBLIC_HOSTS: Record<string, string> = {
  'google.com': '142.250.185.78',
  'www.google.com': '142.250.185.68',
  'docker.com': '141.193.213.20',
  'www.docker.com': '141.193.213.21',
  'example.com': '93.184.215.14',
};

function containersOf(world: Readonly<World>, host: string): Container[] {
  return Object.values(world.hosts[host]?.daemon.containers ?? {});
}

function networkByName(world: Readonly<World>, host: string, name: string): Network | undefined {
  return Object.values(world.hosts[host]?.daemon.networks ?? {}).find((n) => n.name === name);
}

function isUserDefined(net: Network | undefined): boolean {
  return !!net && net.name !== 'bridge' && (net.driver === 'bridge' || net.driver === 'overlay');
}

function isRunning(c: Container): boolean {
  return c.state.status === 'running' || c.state.status === 'restarting';
}

function ownIps(self: Container): string[] {
  return Object.values(self.networks)
    .map((e) => e.ip)
    .filter((ip) => ip !== '');
}

function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

function inSubnet(ip: string, cidr: string): boolean {
  const [base, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  return Math.floor(ipToInt(ip) / size) === Math.floor(ipToInt(base) / size);
}

function isDockerAddress(world: Readonly<World>, host: string, ip: string): boolean {
  return Object.values(world.hosts[host]?.daemon.networks ?? {}).some((n) => n.ipam.some((p) => inSubnet(ip, p.subnet)));
}

/** Resolve a name the way the container's resolver would, or undefined. */
export function resolveName(world: Readonly<World>, host: string, self: Container, name: string): { ip: string; reverseName?: string } | undefined {
  if (IPV4.test(name)) return { ip: name };
  if (name === 'localhost') return { ip: '127.0.0.1' };
  if (name === self.config.hostname || name === self.name) {
    const ip = ownIps(self)[0];
    if (ip) return { ip };
  }
  for (const netName of Object.keys(self.networks)) {
    if (!isUserDefined(networkByName(world, host, netName))) continue;
    for (const other of containersOf(world, host)) {
      const oep = other.networks[netName];
      if (!oep || !oep.ip || !isRunning(other)) continue;
      const names = [other.name, ...oep.aliases, other.id.slice(0, 12)];
      if (names.includes(name)) return { ip: oep.ip, reverseName: `${other.name}.${netName}` };
    }
  }
  for (const link of self.hostConfig.links) {
    const [target, alias] = link.split(':');
    const linkAlias = alias?.slice(alias.lastIndexOf('/') + 1);
    const targetName = target.replace(/^\//, '');
    if (name !== linkAlias && name !== targetName) continue;
    const other = containersOf(world, host).find((c) => c.name === targetName);
    const ip = other?.networks.bridge?.ip;
    if (ip) return { ip };
  }
  if (self.hostConfig.networkMode !== 'none' && PUBLIC_HOSTS[name]) return { ip: PUBLIC_HOSTS[name] };
  return undefined;
}

/** Can a packet from `self` reach `ip` and come back? */
export function isReachable(world: Readonly<World>, host: string, self: Container, ip: string): boolean {
  if (ip.startsWith('127.') || ownIps(self).includes(ip)) return true;
  const netNames = Object.keys(self.networks);
  const nets = netNames.map((n) => networkByName(world, host, n)).filter((n): n is Network => !!n);
  if (nets.length === 0 || nets.every((n) => n.driver === 'null')) return false;
  const onHostNet = nets.some((n) => n.driver === 'host');
  for (const other of containersOf(world, host)) {
    if (other.id === self.id) continue;
    for (const [netName, ep] of Object.entries(other.networks)) {
      if (ep.ip !== ip) continue;
      return isRunning(other) && (onHostNet || netName in self.networks);
    }
  }
  if (nets.some((n) => n.ipam.some((p) => p.gateway === ip))) return true;
  if (isDockerAddress(world, host, ip)) return onHostNet;
  // Leaving the host through NAT needs one non-internal network with a way out.
  return nets.some((n) => !n.internal && n.driver !== 'null');
}

/** Resolve `target` and decide whether it answers; the contract ping and friends use. */
export function resolveAndReach(world: Readonly<World>, host: string, containerId: string, target: string): ProbeResult {
  const self = world.hosts[host]?.daemon.containers[containerId];
  if (!self) return { ok: false, reason: 'unknown-host' };
  const r = resolveName(world, host, self, target);
  if (!r) return { ok: false, reason: 'unknown-host' };
  const local = r.ip.startsWith('127.') || isDockerAddress(world, host, r.ip) || ownIps(self).includes(r.ip);
  const res: ProbeResult = {
    ok: true,
    ip: r.ip,
    reachable: isReachable(world, host, self, r.ip),
    ttl: local ? 64 : 117,
    rttMicros: r.ip.startsWith('127.') ? 40 : local ? 80 : 12000,
  };
  if (r.reverseName) res.reverseName = r.reverseName;
  return res;
}
