// layout(world) → plan for the network view: the simulated internet across the top, every host
// (the default one and docker-machine VMs, the active one first) side by side below it, each
// NATing out through its eth0, and — with more than one host — the host-only network joining
// their eth1s along the bottom. Packets of the last command are laid out as pulses along it all.
import type { World } from '../../engine';
import type { LayoutOptions, PlanGroup } from '../viewTypes';
import { collectNetworkFacts } from './networkFacts';
import { layoutHost, type HostAnchors } from './hostGeometry';
import * as L from './networkLabels';
import { layoutOverlays } from './layoutOverlays';
import { lastPacketBatch } from './packetBatch';
import { packetPulses } from './packetPaths';
import type { NetEdge, NetNode, NetworkPlan } from './networkPlanTypes';

const PAD = 16;
const INTERNET_H = 40;
const HOST_GAP = 40;
const LAN_H = 26;

export interface NetworkLayout {
  plan: NetworkPlan;
  anchors: Record<string, HostAnchors>;
  internetY: number;
  lanY?: number;
}

export function layoutNetwork(world: World, opts: Partial<LayoutOptions> = {}): NetworkLayout {
  const facts = collectNetworkFacts(world, opts.host);
  const groups: PlanGroup[] = [];
  const nodes: NetNode[] = [];
  const edges: NetEdge[] = [];
  const anchors: Record<string, HostAnchors> = {};
  const hostTop = PAD + INTERNET_H + 40;
  let x = PAD;
  let maxHeight = 0;
  let aggregated = false;
  const hostNodes: NetNode[] = [];
  for (const h of facts) {
    const block = layoutHost(h, x, hostTop);
    groups.push(...block.groups);
    hostNodes.push(...block.nodes);
    edges.push(...block.edges);
    anchors[h.name] = block.anchors;
    if (block.nodes.some((n) => n.kind === 'aggregate')) aggregated = true;
    if (h.nics.some((n) => n.name === 'eth0')) {
      const [ex, ey] = block.anchors.eth0;
      edges.push({ id: `nat:${h.name}`, from: `nic:${h.name}:eth0`, to: 'internet', kind: 'nat', points: [[ex, ey], [ex, PAD + INTERNET_H]], label: { bn: 'NAT (MASQUERADE)', en: 'NAT (MASQUERADE)' } });
    }
    x += block.width + HOST_GAP;
    maxHeight = Math.max(maxHeight, block.height);
  }
  const width = Math.max(x - HOST_GAP + PAD, 320);
  nodes.push({ id: 'internet', kind: 'internet', x: PAD, y: PAD, w: width - 2 * PAD, h: INTERNET_H, label: L.internetLabel, hint: L.internetHint, icon: '☁' });
  nodes.push(...hostNodes);
  let height = hostTop + maxHeight + PAD;
  let lanY: number | undefined;
  if (facts.length > 1) {
    lanY = hostTop + maxHeight + 24;
    nodes.push({ id: 'lan', kind: 'lan', x: PAD, y: lanY, w: width - 2 * PAD, h: LAN_H, label: L.lanLabel });
    for (const h of facts) {
      const [ex, ey] = anchors[h.name].eth1;
      if (h.nics.some((n) => n.name === 'eth1')) edges.push({ id: `lan:${h.name}`, from: `nic:${h.name}:eth1`, to: 'lan', kind: 'host-only', points: [[ex, ey], [ex, lanY]] });
    }
    height = lanY + LAN_H + PAD;
  }
  const overlay = layoutOverlays(facts, anchors);
  nodes.push(...overlay.nodes);
  edges.push(...overlay.edges);
  const packets = lastPacketBatch(opts);
  const pulses = packetPulses(packets.events, { anchors, internetY: PAD + INTERNET_H, lanY }, packets.batch);
  const plan: NetworkPlan = { width, height, groups, nodes, edges, pulses };
  if (aggregated) plan.aggregated = true;
  return { plan, anchors, internetY: PAD + INTERNET_H, lanY };
}

/** The View's layout: the plan alone. */
export function networkLayout(world: World, opts: LayoutOptions): NetworkPlan {
  return layoutNetwork(world, opts).plan;
}
