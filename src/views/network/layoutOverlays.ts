// Extension point for swarm: overlay networks (and the ingress network) span nodes, so they are
// drawn across hosts rather than inside one. Until swarm lands there are none to draw; when it
// does, this is the one place that turns `HostFacts.overlays` into a band under the hosts joining
// each node's VXLAN endpoint (eth1), with the tasks' endpoints linked to it like bridge rows.
import type { HostAnchors } from './hostGeometry';
import type { HostFacts } from './networkFacts';
import type { NetEdge, NetNode } from './networkPlanTypes';

export interface OverlayLayout {
  nodes: NetNode[];
  edges: NetEdge[];
}

export function layoutOverlays(_facts: HostFacts[], _anchors: Record<string, HostAnchors>): OverlayLayout {
  return { nodes: [], edges: [] };
}
