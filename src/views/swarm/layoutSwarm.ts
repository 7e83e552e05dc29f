// layout(world) → plan for the swarm view, in the spirit of the Docker Swarm Visualizer: the
// services as a legend across the top (colour + letter), one column per node (header, the
// routing mesh's published ports, then its task cards), a "pending" lane for tasks no node can
// take, and a history band under the columns for ended tasks (drawn only when opened). Above
// AGGREGATE_ABOVE live tasks a column shows one count cell per service instead of cards.
import type { World } from '../../engine';
import type { Task } from '../../engine/world';
import type { LayoutOptions, PlanPulse } from '../viewTypes';
import { cellBox, legendBox, meshBox, meshBoxId, nodeBox, taskBox, taskBoxId, cellBoxId, type Rect } from './swarmBoxes';
import { collectSwarmFacts, type ServiceFact, type SwarmFacts } from './swarmFacts';
import * as L from './swarmLabels';
import { lastMeshHit, type MeshHit } from './meshHit';
import type { SwarmBox, SwarmColumn, SwarmGroup, SwarmPlan } from './swarmPlanTypes';

/** More live tasks than this and the columns count per service instead of drawing cards. */
export const AGGREGATE_ABOVE = 150;

const PAD = 16;
const CHIP_W = 176;
const CHIP_H = 34;
const CHIP_GAP = 8;
const LEGEND_TOP = 22;
const COL_W = 184;
const COL_GAP = 12;
const PEND_W = 232;
const INNER = 6;
const HEAD_H = 40;
const PORT_H = 20;
const CARD_H = 34;
const CELL_H = 40;
const GAP = 6;
const HISTORY_GAP = 28;

interface Column {
  x: number;
  w: number;
  boxes: SwarmBox[];
  bottom: number;
}

function sortTasks(tasks: Task[], index: Map<string, number>): Task[] {
  return [...tasks].sort((a, b) => (index.get(a.serviceId) ?? 0) - (index.get(b.serviceId) ?? 0) || a.slot - b.slot || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

function stack(col: Column, h: number): Rect {
  const r = { x: col.x + INNER, y: col.bottom, w: col.w - 2 * INNER, h };
  col.bottom += h + GAP;
  return r;
}

interface Ctx {
  facts: SwarmFacts;
  byId: Map<string, ServiceFact>;
  index: Map<string, number>;
  aggregated: boolean;
  maxCell: number;
  now: number;
  host: string;
  hit: MeshHit | undefined;
}

function placeTasks(ctx: Ctx, col: Column, nodeId: string, tasks: Task[]): void {
  const node = ctx.facts.cluster.nodes[nodeId];
  if (ctx.aggregated) {
    const counts = ctx.facts.cells.get(nodeId);
    for (const f of ctx.facts.services) {
      const c = counts?.get(f.service.id);
      if (!c || c.running + c.other === 0) continue;
      const reason = nodeId ? undefined : tasks.find((t) => t.serviceId === f.service.id && t.error)?.error;
      col.boxes.push(cellBox(f, nodeId, c, ctx.maxCell, stack(col, CELL_H), node?.host ?? ctx.host, reason));
    }
    return;
  }
  for (const t of sortTasks(tasks, ctx.index)) {
    const f = ctx.byId.get(t.serviceId);
    if (f) col.boxes.push(taskBox(f, t, node, stack(col, CARD_H), ctx.now, ctx.host));
  }
}

function maxCellCount(facts: SwarmFacts): number {
  let max = 0;
  for (const perService of facts.cells.values()) for (const c of perService.values()) max = Math.max(max, c.running + c.other);
  return max;
}

function emptyPlan(): SwarmPlan {
  const note: SwarmBox = { id: 'no-swarm', kind: 'note', x: PAD, y: PAD, w: 520, h: 34, label: L.noSwarm };
  return { width: 520 + 2 * PAD, height: 34 + 2 * PAD, liveHeight: 34 + 2 * PAD, historyCount: 0, groups: [], columns: [], nodes: [note], edges: [], pulses: [] };
}

export function layoutSwarm(world: World, opts: Partial<LayoutOptions> = {}): SwarmPlan {
  const host = opts.host ?? 'default';
  const facts = collectSwarmFacts(world, host);
  if (!facts) return emptyPlan();
  const { cluster, nodes, services } = facts;
  const leaderHost = cluster.nodes[cluster.leader]?.host ?? nodes[0]?.host ?? host;
  const aggregated = facts.liveCount > AGGREGATE_ABOVE;
  const ctx: Ctx = {
    facts,
    byId: new Map(services.map((f) => [f.service.id, f])),
    index: new Map(services.map((f) => [f.service.id, f.index])),
    aggregated,
    maxCell: aggregated ? maxCellCount(facts) : 0,
    now: world.now,
    host: leaderHost,
    hit: lastMeshHit(opts),
  };
  const pending = facts.live.get('') ?? [];
  const width = Math.max(PAD * 2 + nodes.length * (COL_W + COL_GAP) - COL_GAP + (pending.length ? COL_GAP + PEND_W : 0), PAD * 2 + CHIP_W);

  // The legend: one chip per service, wrapping over as many rows as it needs.
  const perRow = Math.max(1, Math.floor((width - 2 * PAD - 2 * INNER + CHIP_GAP) / (CHIP_W + CHIP_GAP)));
  const legend = services.map((f, i) =>
    legendBox(f, { x: PAD + INNER + (i % perRow) * (CHIP_W + CHIP_GAP), y: PAD + LEGEND_TOP + Math.floor(i / perRow) * (CHIP_H + CHIP_GAP), w: CHIP_W, h: CHIP_H }, leaderHost),
  );
  const rows = Math.max(1, Math.ceil(services.length / perRow));
  const legendH = LEGEND_TOP + rows * (CHIP_H + CHIP_GAP) - CHIP_GAP + INNER;
  const groups: SwarmGroup[] = [{ id: 'legend', kind: 'legend', x: PAD, y: PAD, w: width - 2 * PAD, h: legendH, label: L.legendTitle }];
  const top = PAD + legendH + 14;

  // Where the last connection through the mesh went: its target task's box is marked.
  const hitTask = ctx.hit ? Array.from(facts.live.values()).flat().find((t) => t.containerId === ctx.hit!.containerId) : undefined;
  const columns: Column[] = nodes.map((node, i) => {
    const col: Column = { x: PAD + i * (COL_W + COL_GAP), w: COL_W, boxes: [], bottom: top + INNER };
    col.boxes.push(nodeBox(node, cluster.leader, stack(col, HEAD_H)));
    for (const f of services)
      for (const p of f.service.spec.ports)
        if (p.publishMode === 'ingress') col.boxes.push(meshBox(f, p, node, stack(col, PORT_H), !!hitTask && hitTask.serviceId === f.service.id && ctx.hit!.entryHost === node.host));
    placeTasks(ctx, col, node.id, facts.live.get(node.id) ?? []);
    return col;
  });
  if (pending.length) {
    const col: Column = { x: PAD + nodes.length * (COL_W + COL_GAP), w: PEND_W, boxes: [], bottom: top + INNER + 18 };
    placeTasks(ctx, col, '', pending);
    columns.push(col);
  }
  const liveBottom = Math.max(top + INNER + HEAD_H, ...columns.map((c) => c.bottom - GAP)) + INNER;
  const drawn: SwarmColumn[] = nodes.map((node, i) => ({ id: `col:${node.id}`, x: columns[i].x, y: top, w: COL_W, h: liveBottom - top, down: node.status === 'down' }));
  if (pending.length) groups.push({ id: 'pending', kind: 'pending', x: columns[nodes.length].x, y: top, w: PEND_W, h: liveBottom - top, label: L.pendingTitle });

  // History: ended tasks under their node's column, hidden until the student opens it.
  const history: SwarmBox[] = [];
  const historyTop = liveBottom + HISTORY_GAP;
  let historyBottom = historyTop;
  if (!aggregated) {
    nodes.forEach((node, i) => {
      const col: Column = { x: columns[i].x, w: COL_W, boxes: history, bottom: historyTop + 22 };
      for (const t of sortTasks(facts.ended.get(node.id) ?? [], ctx.index)) {
        const f = ctx.byId.get(t.serviceId);
        if (f) history.push(taskBox(f, t, node, stack(col, CARD_H), world.now, leaderHost));
      }
      historyBottom = Math.max(historyBottom, col.bottom - GAP + INNER);
    });
    if (history.length) groups.push({ id: 'history', kind: 'history', history: true, x: PAD, y: historyTop, w: width - 2 * PAD, h: historyBottom - historyTop, label: L.historyTitle });
  }

  if (hitTask && !aggregated) for (const c of columns) for (const b of c.boxes) if (b.id === taskBoxId(hitTask.id)) Object.assign(b, { hit: true });
  const liveHeight = liveBottom + PAD;
  const plan: SwarmPlan = {
    width,
    height: history.length ? historyBottom + PAD : liveHeight,
    liveHeight,
    historyCount: history.length,
    groups,
    columns: drawn,
    nodes: [...legend, ...columns.flatMap((c) => c.boxes), ...history],
    edges: [],
    pulses: meshPulses(ctx, hitTask),
  };
  if (aggregated) plan.aggregated = true;
  return plan;
}

/** The last curl through the mesh: from the port on the node that took it to the task that answered. */
function meshPulses(ctx: Ctx, hitTask: Task | undefined): PlanPulse[] {
  const hit = ctx.hit;
  const f = hitTask && ctx.byId.get(hitTask.serviceId);
  const port = f?.service.spec.ports.find((p) => p.publishMode === 'ingress');
  if (!hit || !hitTask || !port) return [];
  const to = ctx.aggregated ? cellBoxId(hitTask.nodeId, hitTask.serviceId) : taskBoxId(hitTask.id);
  return [{ id: `mesh:${hit.batch}:${hit.count}`, from: meshBoxId(hit.entryHost, port), to, label: 'curl' }];
}

/** The View's layout. */
export function swarmLayout(world: World, opts: LayoutOptions): SwarmPlan {
  return layoutSwarm(world, opts);
}
