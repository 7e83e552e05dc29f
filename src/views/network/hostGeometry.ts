// One host drawn as a bus diagram: the host's kernel (routing + iptables, with its published
// ports) across the top, its bridges side by side below it, each bridge a vertical bus, and its
// containers in a column on the left whose NIC rows run right to the bus of their network (a
// container on two networks has two rows and two links). host/none containers sit below, unlinked.
// Above a threshold each network's containers collapse into one counted row.
import type { PlanGroup } from '../viewTypes';
import type { ContainerFact, HostFacts } from './networkFacts';
import * as L from './networkLabels';
import type { NetEdge, NetNode, Point } from './networkPlanTypes';

export const G = {
  pad: 14,
  chipW: 150,
  chipH: 22,
  stackHead: 26,
  portRow: 18,
  maxPorts: 8,
  bridgeW: 124,
  bridgeGap: 14,
  bridgeH: 86,
  ctrW: 150,
  ctrHead: 20,
  nicRow: 30,
  ctrSub: 16,
  ctrGap: 10,
  linkGap: 28,
  aggH: 36,
} as const;

/** Where packets travel on this host: what packetPaths.ts needs to draw a hop. */
export interface HostAnchors {
  host: string;
  stack: { x: number; y: number; w: number; h: number };
  /** The horizontal line inside the stack that packets follow between its attachments. */
  railY: number;
  eth0: Point; // top of the eth0 chip
  eth1: Point; // bottom of the eth1 chip
  buses: Record<string, { x: number; boxTop: number; boxBottom: number; bottom: number }>;
  /** `ctrId|netId` → the NIC row's start at the container's right edge (y is the row's line). */
  rows: Record<string, Point>;
  /** Container id → where a loopback packet circles. */
  centers: Record<string, Point>;
}

export interface HostBlock {
  groups: PlanGroup[];
  nodes: NetNode[];
  edges: NetEdge[];
  width: number;
  height: number;
  anchors: HostAnchors;
}

export function hostWidth(h: HostFacts): number {
  const buses = h.bridges.length * G.bridgeW + Math.max(0, h.bridges.length - 1) * G.bridgeGap;
  return Math.max(G.pad * 2 + G.ctrW + G.linkGap + buses, G.pad * 3 + G.chipW * 2);
}

function containerHeight(c: ContainerFact): number {
  const sub = c.mode !== 'bridge' || c.status === 'paused' ? G.ctrSub : 0;
  return G.ctrHead + G.nicRow * c.endpoints.length + sub + 4;
}

export function layoutHost(h: HostFacts, x0: number, y0: number): HostBlock {
  const W = hostWidth(h);
  const nodes: NetNode[] = [];
  const edges: NetEdge[] = [];
  const hostId = `host:${h.name}`;
  const boxId = `hostbox:${h.name}`;
  const inspectHost = { type: 'host' as const, id: h.name, host: h.name };

  // The host's kernel: routing, iptables, and the published ports it DNATs.
  const shownPorts = h.ports.slice(0, G.maxPorts);
  const more = h.ports.length - shownPorts.length;
  const stack = { x: x0 + G.pad, y: y0 + G.chipH / 2 + 12, w: W - 2 * G.pad, h: G.stackHead + G.portRow * (shownPorts.length + (more > 0 ? 1 : 0)) + 8 };
  nodes.push({ id: hostId, kind: 'stack', ...stack, label: L.stackLabel(h), hint: L.stackHint, icon: '⚙', parent: boxId, inspect: inspectHost, state: h.running ? 'running' : 'stopped' });
  shownPorts.forEach((p, i) => {
    nodes.push({
      id: `port:${h.name}:${p.proto}:${p.hostIp}:${p.hostPort}`,
      kind: 'port',
      x: stack.x + 8,
      y: stack.y + G.stackHead + i * G.portRow,
      w: stack.w - 16,
      h: G.portRow - 2,
      label: L.portLabel(p),
      hint: L.portHint(p),
      icon: '⇄',
      parent: hostId,
      inspect: { type: 'container', id: p.containerId, host: h.name },
    });
  });
  if (more > 0) {
    const y = stack.y + G.stackHead + shownPorts.length * G.portRow;
    nodes.push({ id: `port:${h.name}:more`, kind: 'port-more', x: stack.x + 8, y, w: stack.w - 16, h: G.portRow - 2, label: { bn: `আরও ${more}টি পোর্ট`, en: `${more} more ports` }, parent: hostId });
  }
  const railY = stack.y + stack.h - 6;

  // NICs on the host's border: eth0 (NAT) on top towards the internet, eth1 (host-only) below.
  const eth0 = h.nics.find((n) => n.name === 'eth0');
  const eth1 = h.nics.find((n) => n.name === 'eth1');
  // Centred: the view's zoom buttons sit over the top right corner.
  const chipX = x0 + (W - G.chipW) / 2;
  const eth0Chip = { x: chipX, y: y0 - G.chipH / 2, w: G.chipW, h: G.chipH };
  if (eth0) nodes.push({ id: `nic:${h.name}:eth0`, kind: 'nic', ...eth0Chip, label: L.nicLabel(eth0), hint: L.nicHint(eth0), parent: boxId });

  // Bridges side by side, each the head of a vertical bus.
  const busX0 = x0 + G.pad + G.ctrW + G.linkGap;
  const bridgeY = stack.y + stack.h + 30;
  const buses: HostAnchors['buses'] = {};
  h.bridges.forEach((b, i) => {
    const x = busX0 + i * (G.bridgeW + G.bridgeGap);
    const id = `br:${b.networkId}`;
    nodes.push({ id, kind: 'bridge', x, y: bridgeY, w: G.bridgeW, h: G.bridgeH, label: L.bridgeLabel(b), lines: L.bridgeLines(b), hint: L.bridgeHint(b), icon: '⇋', parent: boxId, state: b.internal ? 'internal' : undefined, inspect: { type: 'network', id: b.networkId, host: h.name } });
    if (b.dns) nodes.push({ id: `dns:${b.networkId}`, kind: 'dns', x: x + 6, y: bridgeY + G.bridgeH - 20, w: G.bridgeW - 12, h: 16, label: L.dnsLabel, hint: L.dnsHint, parent: id });
    const bx = x + G.bridgeW / 2;
    buses[b.networkId] = { x: bx, boxTop: bridgeY, boxBottom: bridgeY + G.bridgeH, bottom: bridgeY + G.bridgeH };
    const gwLabel = b.internal ? { bn: `${b.gateway} (internal)`, en: `${b.gateway} (internal)` } : { bn: b.gateway, en: b.gateway };
    edges.push({ id: `gw:${b.networkId}`, from: id, to: hostId, kind: 'gateway', points: [[bx, bridgeY], [bx, stack.y + stack.h]], label: gwLabel });
  });

  // Containers in one column, NIC rows linked to the buses.
  const rows: HostAnchors['rows'] = {};
  const centers: HostAnchors['centers'] = {};
  let y = bridgeY + G.bridgeH + 24;
  const x = x0 + G.pad;
  const bridged = h.containers.filter((c) => c.mode === 'bridge');
  const others = h.containers.filter((c) => c.mode !== 'bridge');
  const link = (ctrId: string, netId: string, rowY: number, edgeId: string, from: string, label?: string) => {
    const bus = buses[netId];
    if (!bus) return;
    rows[`${ctrId}|${netId}`] = [x + G.ctrW, rowY];
    bus.bottom = Math.max(bus.bottom, rowY + 12);
    edges.push({ id: edgeId, from, to: `br:${netId}`, kind: 'veth', points: [[x + G.ctrW, rowY], [bus.x, rowY]], ...(label ? { label: { bn: label, en: label } } : {}) });
  };

  if (h.aggregated) {
    for (const b of h.bridges) {
      const members = bridged.filter((c) => c.endpoints.some((e) => e.networkId === b.networkId));
      if (members.length === 0) continue;
      const id = `agg:${h.name}:${b.networkId}`;
      nodes.push({ id, kind: 'aggregate', x, y, w: G.ctrW, h: G.aggH, label: L.aggregateLabel(members.length), sub: L.aggregateSub(b.name), hint: L.aggregateHint, icon: '▦', parent: `br:${b.networkId}`, inspect: { type: 'network', id: b.networkId, host: h.name } });
      const rowY = y + G.aggH / 2;
      link(id, b.networkId, rowY, `veth:${id}`, id);
      for (const c of members) {
        rows[`${c.id}|${b.networkId}`] = [x + G.ctrW, rowY];
        centers[c.id] ??= [x + G.ctrW / 2, rowY];
      }
      y += G.aggH + G.ctrGap;
    }
    for (const mode of ['host', 'none', 'container'] as const) {
      const members = others.filter((c) => c.mode === mode);
      if (members.length === 0) continue;
      nodes.push({ id: `agg:${h.name}:${mode}`, kind: 'aggregate', x, y, w: G.ctrW, h: G.aggH, label: L.aggregateLabel(members.length), sub: L.aggregateSub(mode), hint: L.aggregateHint, icon: '▦', parent: boxId });
      for (const c of members) centers[c.id] = [x + G.ctrW / 2, y + G.aggH / 2];
      y += G.aggH + G.ctrGap;
    }
  } else {
    for (const c of [...bridged, ...others]) {
      const id = `ctr:${c.id}`;
      const ch = containerHeight(c);
      const sub = L.containerSub(c);
      nodes.push({ id, kind: 'container', x, y, w: G.ctrW, h: ch, label: L.containerLabel(c), ...(sub ? { sub } : {}), hint: L.containerHint(c), icon: '▣', parent: boxId, state: c.status, inspect: { type: 'container', id: c.id, host: h.name } });
      centers[c.id] = [x + G.ctrW / 2, y + ch / 2];
      c.endpoints.forEach((e, k) => {
        const rowTop = y + G.ctrHead + k * G.nicRow;
        const epId = `ep:${c.id}:${e.networkId}`;
        nodes.push({ id: epId, kind: 'endpoint', x: x + 4, y: rowTop, w: G.ctrW - 8, h: G.nicRow - 2, label: L.endpointLabel(c, e), lines: L.endpointLines(e), hint: L.endpointHint(c, e), parent: `br:${e.networkId}`, inspect: { type: 'container', id: c.id, host: h.name } });
        link(c.id, e.networkId, rowTop + G.nicRow / 2 - 1, `veth:${c.id}:${e.networkId}`, epId, e.hostIf);
      });
      y += ch + G.ctrGap;
    }
  }

  // Each bus runs from its bridge down past its last container.
  for (const b of h.bridges) {
    const bus = buses[b.networkId];
    if (bus.bottom > bus.boxBottom) edges.push({ id: `bus:${b.networkId}`, from: `br:${b.networkId}`, to: `br:${b.networkId}`, kind: 'bus', points: [[bus.x, bus.boxBottom], [bus.x, bus.bottom]] });
  }

  const bottom = Math.max(y, ...Object.values(buses).map((b) => b.bottom + 8)) + G.pad;
  const height = bottom - y0 + G.chipH / 2;
  const eth1Chip = { x: chipX, y: y0 + height - G.chipH / 2 - G.chipH / 2, w: G.chipW, h: G.chipH };
  if (eth1) nodes.push({ id: `nic:${h.name}:eth1`, kind: 'nic', ...eth1Chip, label: L.nicLabel(eth1), hint: L.nicHint(eth1), parent: boxId });
  const group: PlanGroup = { id: boxId, kind: h.running ? 'host' : 'host-stopped', x: x0, y: y0, w: W, h: height - G.chipH / 2, label: L.hostGroupLabel(h) };
  const anchors: HostAnchors = {
    host: h.name,
    stack,
    railY,
    eth0: [eth0Chip.x + G.chipW / 2, eth0Chip.y],
    eth1: [eth1Chip.x + G.chipW / 2, eth1Chip.y + G.chipH],
    buses,
    rows,
    centers,
  };
  return { groups: [group], nodes, edges, width: W, height, anchors };
}
