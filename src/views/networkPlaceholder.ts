// Stands in for the network view until src/views/network/networkView.ts lands: the hosts only.
import type { World } from '../engine';
import { PlanSvg } from './render/PlanSvg';
import type { Plan, View } from './viewTypes';

function layout(world: World): Plan {
  const hosts = Object.keys(world.hosts).sort();
  return {
    width: 40 + hosts.length * 200,
    height: 120,
    groups: [],
    edges: [],
    pulses: [],
    nodes: hosts.map((name, i) => ({
      id: `host:${name}`,
      kind: 'vm',
      x: 20 + i * 200,
      y: 20,
      w: 180,
      h: 60,
      icon: '🖥',
      label: { bn: `${name} (নেটওয়ার্ক দৃশ্য আসছে)`, en: `${name} (network view coming)` },
      inspect: { type: 'host', id: name, host: name },
    })),
  };
}

export const networkView: View = { id: 'network', title: { bn: 'নেটওয়ার্ক', en: 'Network' }, layout, Component: PlanSvg };
