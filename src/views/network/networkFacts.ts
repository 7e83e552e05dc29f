// What the network view draws, read from the world through engine queries, before any geometry:
// per host its NICs, bridges, live containers with their veth pairs, and published ports. The
// numbers and names are the ones `ip a`, `docker network inspect` and `docker port` print, so
// the drawing never disagrees with the terminal.
import type { Container, Host, Network, World } from '../../engine';
import { getVethPairs } from '../../engine/queries/netInterfaces';
import { VM_NAT_IP } from '../../engine/network/reach';
import { listContainerSnapshots } from '../../engine/tables/containerTable';

/** Above this many live containers on a host, its networks are drawn as counts (and no veth is read). */
export const AGGREGATE_ABOVE = 40;

export interface NicFact {
  name: string; // eth0, eth1
  ip: string;
  /** eth0 is VirtualBox's NAT (the way out), eth1 the host-only network students reach the VM on. */
  role: 'nat' | 'host-only';
}

export interface BridgeFact {
  networkId: string;
  name: string; // bridge, nw_1
  device: string; // docker0, br-2b82723b0485
  subnet: string;
  gateway: string;
  /** User-defined networks get the embedded DNS server at 127.0.0.11; the default bridge does not. */
  dns: boolean;
  internal: boolean;
}

export interface EndpointFact {
  networkId: string;
  network: string;
  /** Container side of the veth pair. */
  ifName: string;
  ip: string;
  prefixLen: number;
  mac: string;
  /** Host side of the veth pair, enslaved to the bridge. */
  hostIf: string;
}

export type NetMode = 'bridge' | 'host' | 'none' | 'container';

export interface ContainerFact {
  id: string;
  name: string;
  status: Container['state']['status'];
  mode: NetMode;
  /** For `--network container:<x>`: whose namespace it shares. */
  sharesWith?: string;
  endpoints: EndpointFact[];
}

export interface PortFact {
  hostIp: string;
  hostPort: string;
  proto: string;
  containerId: string;
  containerName: string;
  containerPort: string;
}

export interface HostFacts {
  name: string;
  ip: string;
  running: boolean;
  nics: NicFact[];
  bridges: BridgeFact[];
  containers: ContainerFact[];
  ports: PortFact[];
  /** Too many containers to draw one by one: endpoints carry only their network. */
  aggregated: boolean;
  /** Overlay networks known to this host: drawn across nodes once swarm lands (layoutOverlays). */
  overlays: string[];
}

function isLive(c: Container): boolean {
  return c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting';
}

function modeOf(c: Container): { mode: NetMode; sharesWith?: string } {
  // The daemon refuses connecting a container to `host` or `none`, so the mode says it all.
  const m = c.hostConfig.networkMode;
  if (m.startsWith('container:')) return { mode: 'container', sharesWith: m.slice('container:'.length) };
  if (m === 'host') return { mode: 'host' };
  if (m === 'none') return { mode: 'none' };
  return { mode: 'bridge' };
}

function bridgeFact(n: Network): BridgeFact {
  const pool = n.ipam[0];
  return {
    networkId: n.id,
    name: n.name,
    device: n.bridgeName ?? `br-${n.id.slice(0, 12)}`,
    subnet: pool?.subnet ?? '',
    gateway: pool?.gateway ?? '',
    dns: n.name !== 'bridge',
    internal: n.internal,
  };
}

function hostFacts(world: World, host: Host): HostFacts {
  // The VM's two NICs (queries/netInterfaces.ts numbers them): VirtualBox NAT and host-only.
  const nics: NicFact[] = [
    { name: 'eth0', ip: VM_NAT_IP, role: 'nat' },
    { name: 'eth1', ip: host.ip, role: 'host-only' },
  ];
  const networks = Object.values(host.daemon.networks).sort((a, b) => a.created - b.created || (a.name < b.name ? -1 : 1));
  // docker0 first: every container starts there unless told otherwise.
  const bridges = networks.filter((n) => n.driver === 'bridge').sort((a, b) => Number(b.name === 'bridge') - Number(a.name === 'bridge')).map(bridgeFact);
  const live = listContainerSnapshots(host.daemon).filter(isLive).sort((a, b) => a.created - b.created || (a.seq ?? 0) - (b.seq ?? 0));
  const aggregated = live.length > AGGREGATE_ABOVE;
  // The veth pairs as `ip link` numbers them; a counted drawing needs only who is on which network.
  const pairs = new Map<string, ReturnType<typeof getVethPairs>>();
  if (!aggregated) {
    for (const p of getVethPairs(world, host.name)) {
      const list = pairs.get(p.containerId) ?? [];
      list.push(p);
      pairs.set(p.containerId, list);
    }
  }
  const containers: ContainerFact[] = [];
  const ports: PortFact[] = [];
  for (const c of live) {
    const endpoints: EndpointFact[] = [];
    if (aggregated) {
      for (const [network, ep] of Object.entries(c.networks)) if (ep.ip) endpoints.push({ networkId: ep.networkId, network, ifName: '', ip: ep.ip, prefixLen: ep.prefixLen, mac: ep.mac, hostIf: '' });
    }
    for (const p of pairs.get(c.id) ?? []) {
      const ep = c.networks[p.network];
      if (!ep || !p.inner.ipv4) continue;
      endpoints.push({ networkId: ep.networkId, network: p.network, ifName: p.inner.name, ip: p.inner.ipv4.ip, prefixLen: p.inner.ipv4.prefixLen, mac: p.inner.mac, hostIf: p.outer.name });
    }
    containers.push({ id: c.id, name: c.name, status: c.state.status, ...modeOf(c), endpoints });
    for (const [key, bindings] of Object.entries(c.ports)) {
      const [containerPort, proto = 'tcp'] = key.split('/');
      // One line per host port: an IPv6 twin (`::`) of an IPv4 binding is the same mapping.
      const seen = new Set<string>();
      for (const b of bindings) {
        if (!b.hostPort || seen.has(b.hostPort)) continue;
        seen.add(b.hostPort);
        ports.push({ hostIp: b.hostIp === '::' ? '::' : b.hostIp || '0.0.0.0', hostPort: b.hostPort, proto, containerId: c.id, containerName: c.name, containerPort });
      }
    }
  }
  ports.sort((a, b) => Number(a.hostPort) - Number(b.hostPort) || (a.proto < b.proto ? -1 : a.proto > b.proto ? 1 : 0));
  const overlays = networks.filter((n) => n.driver === 'overlay').map((n) => n.name);
  return { name: host.name, ip: host.ip, running: host.daemon.running, nics, bridges, containers, ports, aggregated, overlays };
}

// The world is never changed in place, so one host's facts hold while its daemon record is the
// same object: ticks while a ping runs move the clock and processes, not the daemon.
const cache = new WeakMap<object, { ip: string; facts: HostFacts }>();

function cachedHostFacts(world: World, host: Host): HostFacts {
  const hit = cache.get(host.daemon);
  if (hit && hit.ip === host.ip && hit.facts.name === host.name) return hit.facts;
  const facts = hostFacts(world, host);
  cache.set(host.daemon, { ip: host.ip, facts });
  return facts;
}

/** Every host in `docker-machine ls` order (by name), the active one first. */
export function collectNetworkFacts(world: World, activeHost?: string): HostFacts[] {
  const names = Object.keys(world.hosts).sort((a, b) => Number(b === activeHost) - Number(a === activeHost) || (a < b ? -1 : a > b ? 1 : 0));
  return names.map((n) => cachedHostFacts(world, world.hosts[n]));
}
