// The last command's `packet.sent` events (network/reach.ts emits one per hop) as pulses along
// the drawn links. A hop that continues the previous one starts where it ended (a packet crossing
// a bridge runs along the bus from the sender's row to the receiver's); a hop that does not
// starts a new packet. `drop` hops end in a cross: at the bridge a packet from another bridge is
// refused at (DOCKER-ISOLATION), at an internal bridge's gateway, or at the end of the bus when no
// one holds the address.
import type { SimEvent } from '../../engine';
import type { HostAnchors } from './hostGeometry';
import { dropLabel } from './networkLabels';
import type { PacketHop, PacketPulse, Point } from './networkPlanTypes';

type PacketEvent = Extract<SimEvent, { type: 'packet.sent' }>;

export interface PathContext {
  anchors: Record<string, HostAnchors>;
  internetY: number;
  lanY?: number;
}

const DROP_STUB = 14;

function parse(node: string): { kind: string; id: string } {
  const i = node.indexOf(':');
  return { kind: node.slice(0, i), id: node.slice(i + 1) };
}

function dedupe(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length === 1 ? [out[0], out[0]] : out;
}

function stackCenter(a: HostAnchors): Point {
  return [a.stack.x + a.stack.w / 2, a.railY];
}

/** A point inside the host's stack to leave from: where the last hop ended, else its centre. */
function onRail(a: HostAnchors, cur: Point | undefined): Point[] {
  const start = cur ?? stackCenter(a);
  return [start, [start[0], a.railY]];
}

/** The path of one hop, from `cur` (where the previous hop of the same packet ended). */
function hopPath(e: PacketEvent, a: HostAnchors, ctx: PathContext, cur: Point | undefined): { points: Point[]; drop?: PacketPulse['drop'] } | undefined {
  const from = parse(e.from);
  const to = parse(e.to);
  const hop = e.hop ?? 'veth';
  if (hop === 'loopback') {
    const p = from.kind === 'ctr' ? a.centers[from.id] : stackCenter(a);
    return p ? { points: [p, p] } : undefined;
  }
  if (from.kind === 'ctr' && to.kind === 'br') {
    const row = a.rows[`${from.id}|${to.id}`];
    const bus = a.buses[to.id];
    if (!bus) return undefined;
    return { points: row ? [row, [bus.x, row[1]]] : [[bus.x, bus.boxBottom], [bus.x, bus.boxBottom]] };
  }
  if (from.kind === 'br' && to.kind === 'ctr') {
    const bus = a.buses[from.id];
    const row = a.rows[`${to.id}|${from.id}`];
    if (!bus || !row) return undefined;
    const start: Point = cur && cur[0] === bus.x ? cur : [bus.x, bus.boxBottom];
    return { points: [start, [bus.x, row[1]], row] };
  }
  if (from.kind === 'br' && to.kind === 'host') {
    const bus = a.buses[from.id];
    if (!bus) return undefined;
    const start: Point = cur && cur[0] === bus.x ? cur : [bus.x, bus.boxBottom];
    if (hop === 'drop') return { points: [start, [bus.x, bus.boxTop]], drop: dropLabel('internal', '') };
    return { points: [start, [bus.x, a.railY]] };
  }
  if (from.kind === 'host' && to.kind === 'br') {
    const bus = a.buses[to.id];
    if (!bus) return undefined;
    const pts = [...onRail(a, cur), [bus.x, a.railY] as Point];
    if (hop === 'drop') return { points: [...pts, [bus.x, bus.boxTop]], drop: dropLabel('isolated', '') };
    return { points: [...pts, [bus.x, bus.boxBottom]] };
  }
  if (from.kind === 'br' && to.kind === 'out') {
    const bus = a.buses[from.id];
    if (!bus) return undefined;
    const start: Point = cur && cur[0] === bus.x ? cur : [bus.x, bus.boxBottom];
    return { points: [start, [bus.x, bus.bottom + DROP_STUB]], drop: dropLabel('unreachable', to.id) };
  }
  if (from.kind === 'host' && to.kind === 'out') {
    return { points: [...onRail(a, cur), [a.eth0[0], a.railY], a.eth0, [a.eth0[0], ctx.internetY]] };
  }
  if (from.kind === 'host' && to.kind === 'host') {
    const b = ctx.anchors[to.id];
    if (!b || ctx.lanY === undefined) return undefined;
    return { points: [...onRail(a, cur), [a.eth1[0], a.railY], a.eth1, [a.eth1[0], ctx.lanY], [b.eth1[0], ctx.lanY], b.eth1, [b.eth1[0], b.railY], stackCenter(b)] };
  }
  return undefined;
}

/** Pulses for the packet hops among `events`, in order; ids carry the batch so a new command replays. */
export function packetPulses(events: readonly SimEvent[], ctx: PathContext, batch = 0): PacketPulse[] {
  const pulses: PacketPulse[] = [];
  let prevTo: string | undefined;
  let cur: Point | undefined;
  for (const e of events) {
    if (e.type !== 'packet.sent') continue;
    const a = ctx.anchors[e.host];
    const continues = prevTo === e.from;
    const path = a ? hopPath(e, a, ctx, continues ? cur : undefined) : undefined;
    prevTo = e.to;
    if (!path) {
      cur = undefined;
      continue;
    }
    const points = dedupe(path.points);
    cur = points[points.length - 1];
    // A host-to-host hop ends on the other host: the next hop continues from there.
    if (parse(e.to).kind === 'host' && e.hop !== 'drop' && parse(e.from).kind === 'host') cur = undefined;
    const pulse: PacketPulse = { id: `pkt:${batch}:${pulses.length}`, from: e.from, to: e.to, label: e.proto, points, hop: (e.hop ?? 'veth') as PacketHop, proto: e.proto, order: pulses.length };
    if (path.drop) pulse.drop = path.drop;
    pulses.push(pulse);
  }
  return pulses;
}
