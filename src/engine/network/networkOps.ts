// `docker network create | rm | prune` in the daemon. A new local network takes the first
// predefined pool that overlaps nothing in use (172.17–172.31 as /16s, then 192.168.0.0/16 in
// /20s), gets a `br-<12hex>` bridge and an empty option map.
import { emit, type Ctx } from '../ctx';
import { SimError } from '../errors';
import { newId } from '../ids';
import { getProfile } from '../profile';
import type { Container, Host, Network } from '../world';
import { intToIp, parseCidr } from './ipam';
import { listContainerRecords } from '../tables/containerTable';

export interface CreateNetworkOptions {
  driver?: string;
  subnet?: string;
  gateway?: string;
  ipRange?: string;
  internal?: boolean;
  attachable?: boolean;
  labels?: Record<string, string>;
}

export const PREDEFINED_NETWORKS = ['bridge', 'host', 'none'];

/** The local pools dockerd tries, in order. */
function* localPools(): Generator<string> {
  for (let b = 17; b <= 31; b++) yield `172.${b}.0.0/16`;
  for (let c = 0; c < 256; c += 16) yield `192.168.${c}.0/20`;
}

function overlaps(a: string, b: string): boolean {
  const pa = parseCidr(a);
  const pb = parseCidr(b);
  const endA = pa.base + 2 ** (32 - pa.prefixLen);
  const endB = pb.base + 2 ** (32 - pb.prefixLen);
  return pa.base < endB && pb.base < endA;
}

function freePool(host: Host): string | undefined {
  const used = Object.values(host.daemon.networks).flatMap((n) => n.ipam.map((p) => p.subnet));
  // The machine's own host-only network is a route on the host: Docker skips pools over it.
  used.push(`${host.ip}/24`);
  for (const pool of localPools()) if (!used.some((u) => overlaps(u, pool))) return pool;
  return undefined;
}

/** An IPv4 CIDR block as Go's parsers accept it: four decimal octets up to 255 and a prefix up to 32. */
function isCidr(s: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(s);
  return !!m && m.slice(1, 5).every((o) => Number(o) <= 255 && !/^0\d/.test(o)) && Number(m[5]) <= 32;
}

function firstHost(cidr: string): string {
  return intToIp(parseCidr(cidr).base + 1);
}

export function createNetwork(ctx: Ctx, hostName: string, name: string, opts: CreateNetworkOptions = {}): Network {
  const { world } = ctx;
  const host = world.hosts[hostName];
  const msg = getProfile(world).network;
  const driver = opts.driver ?? 'bridge';
  if (driver === 'overlay') throw new SimError(msg.notSwarmManager, 'forbidden');
  if (driver !== 'bridge') throw new SimError(`plugin "${driver}" not found`, 'notFound');
  if (Object.values(host.daemon.networks).some((n) => n.name === name)) throw new SimError(msg.duplicateName(name), 'conflict');
  let subnet = opts.subnet;
  if (subnet) {
    if (!isCidr(subnet)) throw new SimError(msg.invalidSubnet(subnet), 'invalid');
    const { base, prefixLen } = parseCidr(subnet);
    const masked = `${intToIp(base)}/${prefixLen}`;
    if (masked !== subnet && msg.subnetHostBits) throw new SimError(msg.subnetHostBits(subnet, masked), 'invalid');
    subnet = masked;
    const taken = Object.values(host.daemon.networks).find((n) => n.ipam.some((p) => overlaps(p.subnet, subnet!)));
    if (taken) throw new SimError('Pool overlaps with other one on this address space', 'forbidden');
  } else {
    subnet = freePool(host);
    if (!subnet) throw new SimError('could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network', 'forbidden');
  }
  const gateway = opts.gateway ?? firstHost(subnet);
  if (opts.gateway && !overlaps(`${opts.gateway}/32`, subnet)) throw new SimError(`no matching subnet for gateway ${opts.gateway}`, 'forbidden');
  const id = newId(world);
  const net: Network = {
    id,
    name,
    driver: 'bridge',
    scope: 'local',
    created: world.now,
    internal: opts.internal ?? false,
    attachable: opts.attachable ?? false,
    ingress: false,
    ipam: [{ subnet, ...(opts.ipRange ? { ipRange: opts.ipRange } : {}), gateway }],
    options: {},
    labels: { ...(opts.labels ?? {}) },
    bridgeName: `br-${id.slice(0, 12)}`,
  };
  if (opts.subnet) net.userSubnet = true;
  host.daemon.networks[id] = net;
  emit(ctx, { type: 'network.created', host: hostName, networkId: id });
  return net;
}

/** Running containers with a live endpoint on the network, by id. */
export function activeContainers(host: Host, net: Network): Container[] {
  return listContainerRecords(host.daemon)
    .filter((c) => Object.values(c.networks).some((ep) => ep.networkId === net.id && ep.endpointId))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

export function removeNetwork(ctx: Ctx, hostName: string, net: Network): void {
  const host = ctx.world.hosts[hostName];
  const msg = getProfile(ctx.world).network;
  if (PREDEFINED_NETWORKS.includes(net.name)) {
    throw new SimError(msg.predefined(net.name), 'forbidden');
  }
  const active = activeContainers(host, net);
  if (active.length > 0) throw new SimError(msg.activeEndpoints(net.name, net.id, [...active].sort((a, b) => (a.name < b.name ? -1 : 1))), 'forbidden');
  delete host.daemon.networks[net.id];
  delete host.daemon.ipam[net.id];
  emit(ctx, { type: 'network.removed', host: hostName, networkId: net.id });
}

/** Remove every user-defined network no running container uses; the names, in name order. */
export function pruneNetworks(ctx: Ctx, hostName: string): string[] {
  const host = ctx.world.hosts[hostName];
  const unused = Object.values(host.daemon.networks)
    .filter((n) => !PREDEFINED_NETWORKS.includes(n.name) && n.scope === 'local' && activeContainers(host, n).length === 0)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const n of unused) removeNetwork(ctx, hostName, n);
  return unused.map((n) => n.name);
}

