// Per-container kernel namespaces. Inode numbers count up from 4026532201 on each host, as the
// first namespaces created after boot do on a real kernel; host processes keep the initial ones.
import type { Host, NamespaceKind } from '../world';

export const CONTAINER_NS_KINDS: readonly NamespaceKind[] = ['mnt', 'uts', 'ipc', 'pid', 'net'];
const FIRST_INODE = 4026532201;

function nextInode(host: Host): number {
  let max = FIRST_INODE - 1;
  for (const ns of Object.values(host.kernel.namespaces)) max = Math.max(max, ns.inode);
  return max + 1;
}

/** Creates the namespaces of the given kinds for a container; returns their ids by kind. */
export function createNamespaces(
  host: Host,
  containerId: string,
  kinds: readonly NamespaceKind[] = CONTAINER_NS_KINDS,
): Partial<Record<NamespaceKind, string>> {
  const out: Partial<Record<NamespaceKind, string>> = {};
  for (const kind of kinds) {
    const inode = nextInode(host);
    const id = `${kind}:[${inode}]`;
    host.kernel.namespaces[id] = { id, kind, inode, containerId };
    out[kind] = id;
  }
  return out;
}

export function removeNamespaces(host: Host, ids: Partial<Record<NamespaceKind, string>>): void {
  for (const id of Object.values(ids)) if (id) delete host.kernel.namespaces[id];
}
