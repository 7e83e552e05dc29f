// Local-scope IPAM: a container gets the lowest free address of its network's subnet, skipping
// the network address, the gateway and the broadcast address. Freed addresses are reused.
import type { Host, Network } from '../world';

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + (Number(part) & 255), 0);
}

export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

export function parseCidr(cidr: string): { base: number; prefixLen: number } {
  const [addr, len] = cidr.split('/');
  const prefixLen = Number(len ?? 32);
  const size = 2 ** (32 - prefixLen);
  return { base: Math.floor(ipToInt(addr) / size) * size, prefixLen };
}

/** Addresses held by containers on this network. */
export function usedAddresses(host: Host, networkId: string): Set<string> {
  const used = new Set<string>();
  for (const c of Object.values(host.daemon.containers)) {
    for (const ep of Object.values(c.networks)) if (ep.networkId === networkId && ep.ip) used.add(ep.ip);
  }
  return used;
}

/** The next address for an endpoint, or undefined when the network has no IPAM or is full. */
export function allocateAddress(host: Host, network: Network): { ip: string; prefixLen: number; gateway: string } | undefined {
  const pool = network.ipam[0];
  if (!pool) return undefined;
  const { base, prefixLen } = parseCidr(pool.subnet);
  const size = 2 ** (32 - prefixLen);
  const used = usedAddresses(host, network.id);
  for (let n = base + 1; n < base + size - 1; n++) {
    const ip = intToIp(n);
    if (ip === pool.gateway || used.has(ip)) continue;
    return { ip, prefixLen, gateway: pool.gateway };
  }
  return undefined;
}
