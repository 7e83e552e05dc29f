// Local-scope IPAM: a container gets the lowest free address of its network's subnet, skipping
// the network address, the gateway and the broadcast address. Freed addresses are reused.
// Like dockerd's bitmaps, the daemon keeps the addresses in use per network (`daemon.ipam`: the
// offsets within the subnet, ascending, as a chunked list), so allocating never looks at the
// containers, and recording one copies a chunk, not every offset.
import { flattenChunks, insertIntoChunks, removeAtChunks } from '../tables/chunkedList';
import type { Daemon, Host, Network } from '../world';

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

function poolBase(network: Network | undefined): number | undefined {
  const pool = network?.ipam[0];
  return pool ? parseCidr(pool.subnet).base : undefined;
}

/** Where `offset` is or would go in an ascending list. */
function search(list: readonly number[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index just past the run of consecutive offsets that starts at index `start`. */
function endOfRun(list: readonly number[], start: number): number {
  const shift = list[start] - start;
  let lo = start + 1;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] - mid === shift) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Addresses held by containers on this network. */
export function usedAddresses(host: Host, networkId: string): Set<string> {
  const base = poolBase(host.daemon.networks[networkId]);
  const held = heldOffsets(host.daemon, networkId);
  return new Set(base === undefined ? [] : held.map((offset) => intToIp(base + offset)));
}

/** The next address for an endpoint, recorded as in use; undefined when the network has no IPAM or is full. */
export function allocateAddress(host: Host, network: Network): { ip: string; prefixLen: number; gateway: string } | undefined {
  const pool = network.ipam[0];
  if (!pool) return undefined;
  const { base, prefixLen } = parseCidr(pool.subnet);
  const size = 2 ** (32 - prefixLen);
  const held = heldOffsets(host.daemon, network.id);
  // Walk the ascending list to the first gap; list[i] > offset means `offset` is free. A run of
  // consecutive offsets is jumped over at once (binary search: held[k] - k never decreases).
  let i = search(held, 1);
  let offset = 1;
  while (offset < size - 1) {
    if (i < held.length && held[i] === offset) {
      i = endOfRun(held, i);
      offset = held[i - 1] + 1;
      continue;
    }
    const ip = intToIp(base + offset);
    if (ip !== pool.gateway) {
      insertOffset(host.daemon, network.id, i, offset);
      return { ip, prefixLen, gateway: pool.gateway };
    }
    offset++;
  }
  return undefined;
}

/** Give an address back to its network's pool. */
export function releaseAddress(daemon: Daemon, networkId: string, ip: string): void {
  const base = poolBase(daemon.networks[networkId]);
  if (base === undefined || !daemon.ipam[networkId]) return;
  const held = heldOffsets(daemon, networkId);
  const offset = ipToInt(ip) - base;
  const i = search(held, offset);
  if (held[i] !== offset) return;
  removeAtChunks(daemon.ipam[networkId], i);
}

/** Record `offset` as entry i of the network's list. */
function insertOffset(daemon: Daemon, networkId: string, i: number, offset: number): void {
  insertIntoChunks((daemon.ipam[networkId] ??= []), i, offset);
}

/** The network's offsets in use, ascending, as one plain list. */
export function heldOffsets(daemon: Daemon, networkId: string): number[] {
  const chunks = daemon.ipam[networkId];
  return chunks ? flattenChunks(chunks) : [];
}

/** Whether `ip` lies in the network's subnet. */
export function inPool(network: Network, ip: string): boolean {
  const pool = network.ipam[0];
  if (!pool) return false;
  const { base, prefixLen } = parseCidr(pool.subnet);
  const offset = ipToInt(ip) - base;
  return offset > 0 && offset < 2 ** (32 - prefixLen) - 1;
}

/** Take a given address (--ip): false when it is held already. The caller checks inPool first. */
export function reserveAddress(host: Host, network: Network, ip: string): boolean {
  const pool = network.ipam[0];
  if (!pool || ip === pool.gateway) return false;
  const offset = ipToInt(ip) - parseCidr(pool.subnet).base;
  const held = heldOffsets(host.daemon, network.id);
  const i = search(held, offset);
  if (held[i] === offset) return false;
  insertOffset(host.daemon, network.id, i, offset);
  return true;
}
