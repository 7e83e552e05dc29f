// Where the last connection through the routing mesh went: network/reach.ts emits a `dnat` hop on
// the `ingress` device from the node that took the connection (`host:<name>`) to the task's
// container (`ctr:<id>`). The packets of the last shell call that sent any are the ones read, as
// the network view animates them, so a curl stays marked until the next command moves on.
import type { SimEvent } from '../../engine';
import { lastPacketBatch } from '../network/packetBatch';
import type { LayoutOptions } from '../viewTypes';

export interface MeshHit {
  batch: number;
  /** The node whose published port took the connection. */
  entryHost: string;
  /** The task container that answered (on this node or another). */
  containerId: string;
  /** How many connections of that call went through the mesh. */
  count: number;
}

function isIngressHop(e: SimEvent): e is Extract<SimEvent, { type: 'packet.sent' }> {
  return e.type === 'packet.sent' && e.hop === 'dnat' && e.device === 'ingress' && e.to.startsWith('ctr:');
}

export function lastMeshHit(opts: Partial<LayoutOptions>): MeshHit | undefined {
  const { batch, events } = lastPacketBatch(opts);
  const hops = events.filter(isIngressHop);
  const last = hops[hops.length - 1];
  if (!last) return undefined;
  return { batch, entryHost: last.host, containerId: last.to.slice(4), count: hops.length };
}
