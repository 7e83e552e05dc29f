// Per-container kernel namespaces. Inode numbers count up from 4026532201 on each host, as the
// first namespaces created after boot do on a real kernel; host processes keep the initial ones.
// A new namespace takes one past the highest inode alive, so numbers freed at the top are reused.
// The kernel's list is kept in creation order, which is then also inode order: the highest
// inode alive is the last entry's, with no scan.
import { appendToChunks, lastInChunks, removeFromChunks } from '../tables/chunkedList';
import type { Host, Namespace, NamespaceKind } from '../world';

export const CONTAINER_NS_KINDS: readonly NamespaceKind[] = ['mnt', 'uts', 'ipc', 'pid', 'net'];
export const FIRST_INODE = 4026532201;

/** Creates the namespaces of the given kinds for a container; returns their ids by kind. */
export function createNamespaces(
  host: Host,
  containerId: string,
  kinds: readonly NamespaceKind[] = CONTAINER_NS_KINDS,
): Partial<Record<NamespaceKind, string>> {
  const top = lastInChunks(host.kernel.namespaces);
  let inode = top ? top.inode + 1 : FIRST_INODE;
  const added: Namespace[] = [];
  const out: Partial<Record<NamespaceKind, string>> = {};
  for (const kind of kinds) {
    const id = `${kind}:[${inode}]`;
    added.push({ id, kind, inode: inode++, containerId });
    out[kind] = id;
  }
  appendToChunks(host.kernel.namespaces, added);
  return out;
}

export function removeNamespaces(host: Host, ids: Partial<Record<NamespaceKind, string>>): void {
  const gone = new Set(Object.values(ids));
  if (gone.size === 0) return;
  removeFromChunks(host.kernel.namespaces, (ns) => gone.has(ns.id));
}
