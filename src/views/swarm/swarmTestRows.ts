// Test helper: a plan's boxes as short rows, with swarm ids replaced by names (task ids by the
// task's service.slot, node ids by hostnames, service ids by service names) so expectations read.
import type { World } from '../../engine';
import { listTaskSnapshots } from '../../engine/swarm/taskTable';
import type { SwarmPlan } from './swarmPlanTypes';

export function swarmNamer(world: World): (s: string) => string {
  const names: [string, string][] = [];
  for (const c of Object.values(world.swarms)) {
    for (const n of Object.values(c.nodes)) names.push([n.id, n.host]);
    for (const s of Object.values(c.services)) names.push([s.id, s.spec.name]);
    for (const t of listTaskSnapshots(c)) names.push([t.id, `${c.services[t.serviceId]?.spec.name}.${t.slot}`], [t.id.slice(0, 12), '<id>']);
  }
  return (s) => names.reduce((out, [id, name]) => out.split(id).join(name), s);
}

/** [id, kind, x, y, w, h, label (en), sub (en), state] per box, ids named. */
export function rows(world: World, plan: SwarmPlan): (string | number | undefined)[][] {
  const name = swarmNamer(world);
  return plan.nodes.map((n) => [name(n.id), n.kind, n.x, n.y, n.w, n.h, n.label.en, n.sub && name(n.sub.en), n.state]);
}
