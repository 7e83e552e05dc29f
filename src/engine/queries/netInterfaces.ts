// What a network namespace holds, for ip/ifconfig/route/netstat: interfaces, routes and listening
// sockets, derived from the daemon's networks and endpoints (nothing extra is stored). Interface
// numbers are assigned as the kernel would have: the host's lo, eth0 (VirtualBox NAT), eth1
// (host-only), then one bridge per bridge network in creation order, then a veth pair per live
// endpoint of each running container in creation order (container side n, host side n+1).
import { ipToInt, intToIp, parseCidr } from '../network/ipam';
import { VM_NAT_IP } from '../network/reach';
import { getListeningPorts } from '../containers/processRuntime';
import { snapshot } from '../snapshot';
import type { Container, Host, World } from '../world';
import { getContainerById, listContainerSnapshots } from '../tables/containerTable';
import { listProcessSnapshots } from '../tables/processTable';

export interface NetAddress {
  ip: string;
  prefixLen: number;
  broadcast: string;
}

export interface NetInterface {
  index: number;
  name: string;
  /** Index of the other end of a veth pair (the `@ifN` in `ip a`). */
  peer?: number;
  loopback: boolean;
  mac: string;
  ipv4?: NetAddress;
  /** Carrier: a bridge without ports, or a veth whose peer is gone, has none. */
  carrier: boolean;
  mtu: number;
  /** The bridge a host-side veth is enslaved to. */
  master?: string;
  veth: boolean;
}

export interface NetRoute {
  /** 'default' or a CIDR. */
  dest: string;
  gateway?: string;
  dev: string;
  src?: string;
}

export interface NetSocket {
  proto: 'tcp' | 'udp' | 'tcp6' | 'udp6';
  local: string;
  /** `pid/name` as netstat -p shows it, in the namespace's own pid numbering. */
  program: string;
}

const hex2 = (n: number) => (n & 255).toString(16).padStart(2, '0');
const macFromHex = (h: string) => ['02', '42', ...[0, 2, 4, 6].map((i) => h.slice(i, i + 2))].join(':');

function address(ip: string, prefixLen: number): NetAddress {
  const size = 2 ** (32 - prefixLen);
  const base = Math.floor(ipToInt(ip) / size) * size;
  return { ip, prefixLen, broadcast: intToIp(base + size - 1) };
}

function isRunning(c: Container): boolean {
  return c.state.status === 'running' || c.state.status === 'paused';
}

interface Pair {
  c: Container;
  netName: string;
  inner: NetInterface;
  outer: NetInterface;
}

function loopback(): NetInterface {
  return { index: 1, name: 'lo', loopback: true, mac: '00:00:00:00:00:00', ipv4: { ip: '127.0.0.1', prefixLen: 8, broadcast: '' }, carrier: true, mtu: 65536, veth: false };
}

/** The host's interfaces and every veth pair, numbered together as one kernel does. */
function hostLayout(host: Host): { host: NetInterface[]; pairs: Pair[] } {
  const last = Number(host.ip.split('.')[3] ?? 100);
  const list: NetInterface[] = [
    loopback(),
    { index: 2, name: 'eth0', loopback: false, mac: `08:00:27:d1:5e:${hex2(last)}`, ipv4: address(VM_NAT_IP, 24), carrier: true, mtu: 1500, veth: false },
    { index: 3, name: 'eth1', loopback: false, mac: `08:00:27:6b:0a:${hex2(last)}`, ipv4: address(host.ip, 24), carrier: true, mtu: 1500, veth: false },
  ];
  let next = 4;
  const bridges = Object.values(snapshot(host.daemon.networks)).filter((n) => n.driver === 'bridge' && n.bridgeName);
  const bridgeIf = new Map<string, NetInterface>();
  for (const n of bridges) {
    const gw = n.ipam[0];
    const iface: NetInterface = { index: next++, name: n.bridgeName!, loopback: false, mac: macFromHex(n.id), carrier: false, mtu: 1500, veth: false };
    if (gw) iface.ipv4 = address(gw.gateway, parseCidr(gw.subnet).prefixLen);
    bridgeIf.set(n.id, iface);
    list.push(iface);
  }
  const pairs: Pair[] = [];
  const containers = listContainerSnapshots(host.daemon).filter(isRunning).sort((a, b) => a.created - b.created);
  for (const c of containers) {
    let eth = 0;
    for (const [netName, ep] of Object.entries(c.networks).sort(([, a], [, b]) => (a.order ?? 0) - (b.order ?? 0))) {
      const br = bridgeIf.get(ep.networkId);
      if (!ep.endpointId || !ep.ip) continue;
      const inner: NetInterface = { index: next, peer: next + 1, name: `eth${eth++}`, loopback: false, mac: ep.mac, ipv4: address(ep.ip, ep.prefixLen), carrier: true, mtu: 1500, veth: true };
      const outer: NetInterface = { index: next + 1, peer: next, name: `veth${ep.endpointId.slice(0, 7)}`, loopback: false, mac: `${hex2(parseInt(ep.endpointId.slice(7, 9), 16) & 0xfe | 0x02)}:${[9, 11, 13, 15, 17].map((i) => ep.endpointId.slice(i, i + 2)).join(':')}`, carrier: true, mtu: 1500, master: br?.name, veth: true };
      next += 2;
      if (br) br.carrier = true;
      pairs.push({ c, netName, inner, outer });
      list.push(outer);
    }
  }
  return { host: list, pairs };
}

/** Every live veth pair on the host (container side, host side), numbered as `ip link` shows them: for the network view. */
export function getVethPairs(world: World, hostName: string): { containerId: string; network: string; inner: NetInterface; outer: NetInterface }[] {
  return hostLayout(world.hosts[hostName]).pairs.map((p) => ({ containerId: p.c.id, network: p.netName, inner: p.inner, outer: p.outer }));
}

/** Interfaces as seen from the host, or from inside a container (lo plus its eth's; the host's with --network host). */
export function getInterfaces(world: World, hostName: string, containerId?: string): NetInterface[] {
  const host = world.hosts[hostName];
  const layout = hostLayout(host);
  const c = containerId ? getContainerById(host.daemon, containerId) : undefined;
  if (!c || c.hostConfig.networkMode === 'host') return layout.host;
  return [loopback(), ...layout.pairs.filter((p) => p.c.id === c.id).map((p) => p.inner)];
}

/** The main routing table of that namespace, in `ip route` order (default first, then by prefix). */
export function getRoutes(world: World, hostName: string, containerId?: string): NetRoute[] {
  const ifaces = getInterfaces(world, hostName, containerId).filter((i) => !i.loopback && i.ipv4 && !(i.veth && i.master));
  const routes: NetRoute[] = [];
  const c = containerId ? getContainerById(world.hosts[hostName].daemon, containerId) : undefined;
  const inContainer = c && c.hostConfig.networkMode !== 'host';
  if (inContainer) {
    const first = Object.values(c.networks).find((ep) => ep.ip && ep.gateway);
    const dev = ifaces.find((i) => i.ipv4?.ip === first?.ip);
    if (first && dev) routes.push({ dest: 'default', gateway: first.gateway, dev: dev.name });
  } else {
    routes.push({ dest: 'default', gateway: '10.0.2.2', dev: 'eth0' });
  }
  const scoped = ifaces
    .filter((i) => i.carrier || inContainer)
    .map((i) => {
      const a = i.ipv4!;
      const size = 2 ** (32 - a.prefixLen);
      return { dest: `${intToIp(Math.floor(ipToInt(a.ip) / size) * size)}/${a.prefixLen}`, dev: i.name, src: a.ip };
    })
    .sort((a, b) => ipToInt(a.dest.split('/')[0]) - ipToInt(b.dest.split('/')[0]));
  return [...routes, ...scoped];
}

/** Listening sockets: the container's programs, or on the host sshd, dockerd and a docker-proxy per published port. */
export function getListeningSockets(world: World, hostName: string, containerId?: string): NetSocket[] {
  const host = world.hosts[hostName];
  const c = containerId ? getContainerById(host.daemon, containerId) : undefined;
  const out: NetSocket[] = [];
  const procs = listProcessSnapshots(host.kernel);
  const programSockets = (ctrId: string, nsPidOf: boolean) => {
    for (const p of procs) {
      if (p.containerId !== ctrId || p.exitCode !== undefined) continue;
      const name = (p.argv[0] ?? '').slice((p.argv[0] ?? '').lastIndexOf('/') + 1);
      for (const key of getListeningPorts(p)) {
        const [port, proto] = key.split('/');
        out.push({ proto: proto === 'udp' ? 'udp' : 'tcp', local: `0.0.0.0:${port}`, program: `${nsPidOf ? p.nsPid : p.pid}/${name}` });
      }
    }
  };
  if (c && c.hostConfig.networkMode !== 'host') {
    programSockets(c.id, true);
    return out;
  }
  out.push({ proto: 'tcp', local: '0.0.0.0:22', program: '-' });
  out.push({ proto: 'tcp6', local: ':::22', program: '-' });
  out.push({ proto: 'tcp6', local: ':::2376', program: '-' });
  for (const other of listContainerSnapshots(host.daemon)) {
    if (!isRunning(other)) continue;
    if (other.hostConfig.networkMode === 'host') programSockets(other.id, false);
    for (const [key, bindings] of Object.entries(other.ports)) {
      const proto = key.endsWith('/udp') ? 'udp6' : 'tcp6';
      // One dual-stack docker-proxy per port (18.03), or one per family when the engine binds both (current).
      const perFamily = bindings.some((b) => b.hostIp === '::');
      for (const b of bindings) {
        if (!b.hostPort) continue;
        if (perFamily && b.hostIp !== '::') out.push({ proto: proto === 'udp6' ? 'udp' : 'tcp', local: `0.0.0.0:${b.hostPort}`, program: '-' });
        else out.push({ proto, local: `:::${b.hostPort}`, program: '-' });
      }
    }
  }
  return out;
}
