// Name resolution as a process sees it. In a container: /etc/hosts first (localhost, its own
// hostname, --link aliases), then Docker's embedded DNS at 127.0.0.11 on user-defined networks
// (container names, network aliases, 12-char ids of the containers on the same networks), which
// forwards other names to the host's resolver. On the default bridge there is no embedded DNS,
// so other containers' names do not resolve. On the host: localhost, the machine names, and the
// outside world's public names.
import { resolvePublicName } from '../outside/outsideWorld';
import type { Container, Host, Network, World } from '../world';
import { getContainerById, listContainerSnapshots } from '../tables/containerTable';

interface Origin {
  host: string;
  containerId?: string;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** A user-defined network: its containers find each other by name through the embedded DNS. */
export function hasEmbeddedDns(net: Network | undefined): boolean {
  return !!net && (net.driver === 'bridge' || net.driver === 'overlay') && net.options['com.docker.network.bridge.default_bridge'] !== 'true';
}

function isUp(c: Container): boolean {
  return c.state.status === 'running' || c.state.status === 'paused';
}

/** The names a container answers to on a network's DNS: name, aliases, short id. */
export function dnsNamesOf(c: Container, networkName: string): string[] {
  const ep = c.networks[networkName];
  return [c.name, ...(ep?.aliases ?? []), c.id.slice(0, 12)];
}

/** A container's /etc/hosts entries: [ip, names…] per line after the fixed localhost lines. */
export function linkEntries(host: Host, c: Container): { ip: string; names: string[] }[] {
  const out: { ip: string; names: string[] }[] = [];
  for (const link of c.hostConfig.links) {
    // '/db:/app/mydb' → target db, alias mydb
    const [target, path] = link.split(':');
    const targetName = target.replace(/^\//, '');
    const alias = path.slice(path.lastIndexOf('/') + 1);
    const other = listContainerSnapshots(host.daemon).find((o) => o.name === targetName);
    const ip = other ? Object.values(other.networks).find((e) => e.ip)?.ip : undefined;
    if (other && ip) out.push({ ip, names: alias === targetName ? [alias, other.config.hostname] : [alias, other.config.hostname, targetName] });
  }
  return out;
}

export function resolveOnHost(world: World, name: string): string | undefined {
  if (name === 'localhost') return '127.0.0.1';
  const host = Object.values(world.hosts).find((h) => h.name === name);
  // Its own name and the other docker-machine names go to the machines' host-only addresses.
  if (host) return host.ip;
  return resolvePublicName(name);
}

/** What the embedded DNS answers for `name` on the container's user-defined networks. */
function embeddedDns(host: Host, self: Container, name: string): { ip: string; networkName: string; container: Container } | undefined {
  const containers = listContainerSnapshots(host.daemon);
  for (const [netName, ep] of Object.entries(self.networks)) {
    if (!ep.ip || !hasEmbeddedDns(host.daemon.networks[ep.networkId])) continue;
    for (const other of containers) {
      const oep = other.networks[netName];
      if (!oep?.ip || !isUp(other) || oep.networkId !== ep.networkId) continue;
      if (dnsNamesOf(other, netName).includes(name)) return { ip: oep.ip, networkName: netName, container: other };
    }
  }
  return undefined;
}

/** Whether names outside the host resolve from this container (the DNS forwards them, or the host's resolver is used). */
function reachesOutsideDns(host: Host, self: Container): boolean {
  const nets = Object.values(self.networks)
    .map((ep) => host.daemon.networks[ep.networkId])
    .filter((n): n is Network => !!n);
  return nets.some((n) => n.driver !== 'null' && !n.internal);
}

/** The IPv4 address `name` resolves to for this origin, or undefined. */
export function resolveHostName(world: World, origin: Origin, name: string): string | undefined {
  if (IPV4.test(name)) return name;
  const host = world.hosts[origin.host];
  if (!host) return undefined;
  const self = origin.containerId ? getContainerById(host.daemon, origin.containerId) : undefined;
  if (!self || self.hostConfig.networkMode === 'host') return resolveOnHost(world, name);
  return resolveInContainer(world, host, self, name)?.ip;
}

/** Resolution in a container, with the reverse name the DNS gives (`c2.mynet`) when it came from there. */
export function resolveInContainer(world: World, host: Host, self: Container, name: string): { ip: string; reverseName?: string } | undefined {
  if (IPV4.test(name)) return { ip: name };
  if (name === 'localhost') return { ip: '127.0.0.1' };
  const ownIp = Object.values(self.networks).find((e) => e.ip)?.ip;
  if (ownIp && (name === self.config.hostname || name === self.id.slice(0, 12))) return { ip: ownIp };
  for (const entry of linkEntries(host, self)) if (entry.names.includes(name)) return { ip: entry.ip };
  const dns = embeddedDns(host, self, name);
  if (dns) return { ip: dns.ip, reverseName: `${dns.container.name}.${dns.networkName}` };
  if (!reachesOutsideDns(host, self)) return undefined;
  const pub = resolvePublicName(name);
  return pub ? { ip: pub } : undefined;
}
