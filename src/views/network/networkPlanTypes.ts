// The network view's Plan: V1's Plan (nodes, groups, edges, pulses) with the geometry the bus
// drawing needs. Edges are polylines (a veth runs from a container's NIC row across to its
// bridge's bus), and packet pulses carry the path they travel and, when dropped, why.
import type { Bilingual, Plan, PlanEdge, PlanNode, PlanPulse } from '../viewTypes';

export type Point = [number, number];

export type NetEdgeKind = 'veth' | 'bus' | 'gateway' | 'nat' | 'host-only' | 'lan';

export interface NetEdge extends PlanEdge {
  kind: NetEdgeKind;
  points: Point[];
}

export type PacketHop = 'veth' | 'bridge' | 'nat' | 'dnat' | 'loopback' | 'outside' | 'drop';

export interface PacketPulse extends PlanPulse {
  /** The polyline the packet travels, in plan coordinates. */
  points: Point[];
  hop: PacketHop;
  proto: string;
  /** Position in the animation: hops of one packet follow each other, packets follow packets. */
  order: number;
  /** Set when the packet stops here: drawn as a cross with this label at the last point. */
  drop?: Bilingual;
}

/** A node whose box shows several lines (addresses, MACs): the label stays one sentence for the outline. */
export interface NetNode extends PlanNode {
  lines?: string[];
}

export interface NetworkPlan extends Plan {
  nodes: NetNode[];
  edges: NetEdge[];
  pulses: PacketPulse[];
}
