// Container reads shared by the CLI formatters, views, lesson goals and tests.
import { findContainer } from '../containers/findContainer';
import { isPortAllocated } from '../network/portAllocator';
import { getNetworkByName } from '../network/getNetwork';
import { hostSnapshot } from '../snapshot';
import type { Container, World } from '../world';
import { treeBytes } from './treeBytes';
import { listContainerSnapshots } from '../tables/containerTable';

export { isPortAllocated, getNetworkByName };

export interface ListOptions {
  all?: boolean;
  /** -n N: the N newest, all states. */
  limit?: number;
  /** -l: the newest one, all states. */
  latest?: boolean;
}

/** Newest created first; ties keep insertion order. Without `all`, running (and paused, restarting) only. */
export function listContainers(world: World, hostName: string, opts: ListOptions = {}): Container[] {
  // Reversed insertion order, then a stable sort: ties keep the later-created first.
  let list = listContainerSnapshots(world.hosts[hostName].daemon).reverse();
  list.sort((a, b) => b.created - a.created);
  const limit = opts.latest ? 1 : opts.limit !== undefined && opts.limit > 0 ? opts.limit : 0;
  if (!opts.all && limit === 0) list = list.filter((c) => ['running', 'paused', 'restarting'].includes(c.state.status));
  return limit > 0 ? list.slice(0, limit) : list;
}

/** The container `ref` names, read only (a plain snapshot when called inside a command). */
export function getContainer(world: World, hostName: string, ref: string): Container | undefined {
  try {
    return findContainer(hostSnapshot(world, hostName), hostName, ref);
  } catch {
    return undefined;
  }
}

/** Path + args as the daemon's container list shows COMMAND: args with a space are single-quoted. */
export function containerCommand(c: Pick<Container, 'path' | 'args'>): string {
  let out = c.path;
  for (const a of c.args) out += a.includes(' ') ? ` '${a}'` : ` ${a}`;
  return out;
}

export interface PortSummary {
  ip?: string;
  privatePort: number;
  publicPort?: number;
  type: string;
}

/** The daemon's port list for a container (`ps` PORTS before formatting). */
export function containerPorts(c: Container): PortSummary[] {
  const out: PortSummary[] = [];
  for (const [key, bindings] of Object.entries(c.ports)) {
    const [port, type = 'tcp'] = key.split('/');
    const privatePort = Number(port);
    if (bindings.length === 0) out.push({ privatePort, type });
    for (const b of bindings) out.push({ ip: b.hostIp, privatePort, publicPort: Number(b.hostPort), type });
  }
  return out;
}

/** Bytes in the container's writable layer (`ps -s` SIZE). */
export function containerSizeRw(_world: World, _hostName: string, c: Container): number {
  return treeBytes(c.rw);
}

export function isContainerRunning(c: Container): boolean {
  return c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting';
}
