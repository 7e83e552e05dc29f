// The node half of `npm run bench:views`: how long each view's pure layout takes over a world
// with N containers (the browser recomputes it on every change of the world).
import { performance } from 'node:perf_hooks';
import { createWorld } from '../../src/engine/createWorld';
import type { World } from '../../src/engine/world';
import { advance, jobEndsAt, runLine } from '../../src/shell';
import { imagesLayout } from '../../src/views/images/imagesLayout';
import { machineLayout } from '../../src/views/machine/machineLayout';
import { networkLayout } from '../../src/views/network/layoutNetwork';
import type { LayoutOptions, Plan } from '../../src/views/viewTypes';

const LAYOUTS: Record<string, (w: World, o: LayoutOptions) => Plan> = { machine: machineLayout, images: imagesLayout, network: networkLayout };

function settle(world: World, line: string): World {
  let o = runLine(world, 't1', line);
  while (o.running) {
    const end = jobEndsAt(o.world, 't1');
    o = advance(o.world, 't1', end === undefined ? 1000 : Math.max(1, end - o.world.now));
  }
  return o.world;
}

export function worldWith(containers: number): World {
  let world = settle(createWorld({ profile: 'classic' }), 'docker pull busybox');
  world = settle(world, 'docker pull nginx');
  for (let i = 0; i < containers; i++) world = settle(world, i % 4 === 0 ? 'docker run -d nginx' : 'docker run -d busybox sleep 1000');
  return world;
}

export interface LayoutFigure {
  view: string;
  containers: number;
  medianMs: number;
  elements: number;
  aggregated: boolean;
}

export function layoutTimes(counts: number[], samples = 15): LayoutFigure[] {
  const out: LayoutFigure[] = [];
  for (const n of counts) {
    const world = worldWith(n);
    for (const [view, layout] of Object.entries(LAYOUTS)) {
      const times: number[] = [];
      let plan: Plan | undefined;
      for (let i = 0; i < samples; i++) {
        const t0 = performance.now();
        plan = layout(world, { host: 'default', recent: [] });
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      out.push({ view, containers: n, medianMs: times[Math.floor(times.length / 2)], elements: plan!.nodes.length + plan!.groups.length + plan!.edges.length, aggregated: !!plan!.aggregated });
    }
  }
  return out;
}
