// The d3 join that draws a SwarmPlan: node columns behind, the legend/pending/history frames, the
// boxes, and the last curl's hop through the routing mesh on top. Boxes are keyed by id (a task's
// id), so scaling adds and removes cards with a fade, and a task that ends slides into the history
// band. A new task filling a replica slot whose last box stood elsewhere (drain, a node down, a
// failure rescheduled) starts from that spot and travels to its node.
import { select, transition, type Selection } from 'd3';
import { fitText } from '../render/fitText';
import type { SwarmBox, SwarmColumn, SwarmGroup, SwarmPlan } from './swarmPlanTypes';

export interface SwarmDrawState {
  lang: 'bn' | 'en';
  highlighted: ReadonlySet<string>;
  selected: string | null;
  focusId: string | null;
  reducedMotion: boolean;
  showHistory: boolean;
}

// d3-transition patches selection.transition() when it loads; naming it keeps it in the bundle.
void transition;

const MOVE_MS = 350;
const PULSE_MS = 900;

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Where each replica slot's box stood at the last draw, per drawing. */
const slotPlaces = new WeakMap<SVGGElement, Map<string, string>>();

export function accessibleName(n: SwarmBox, lang: 'bn' | 'en'): string {
  return [n.label[lang], n.sub?.[lang], n.hint?.[lang]].filter(Boolean).join(' — ');
}

const at = (d: { x: number; y: number }) => `translate(${d.x},${d.y})`;
const textX = (d: SwarmBox) => (d.letter ? (d.h >= 30 ? 30 : 22) : 7);
const twoLines = (d: SwarmBox) => !!d.sub && d.h >= 30;
const badge = (d: SwarmBox) => Math.min(20, d.h - 8);

function nodeClass(d: SwarmBox, st: SwarmDrawState): string {
  return [
    'sv-node',
    `kind-${d.kind}`,
    d.state ? `state-${d.state}` : '',
    d.colour !== undefined ? `svc-c${d.colour}` : '',
    d.hit ? 'hit' : '',
    st.highlighted.has(d.id) ? 'touched' : '',
    st.selected === d.id ? 'selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function drawSwarm(root: SVGGElement, plan: SwarmPlan, st: SwarmDrawState): void {
  const layer = select(root) as G;
  const ms = st.reducedMotion ? 0 : MOVE_MS;
  const part = (cls: string) => {
    let g = layer.select<SVGGElement>(`g.${cls}`);
    if (g.empty()) g = layer.append('g').attr('class', cls);
    return g;
  };
  const hidden = (d: { history?: boolean }) => (d.history && !st.showHistory ? 'none' : null);

  part('sv-columns')
    .selectAll<SVGRectElement, SwarmColumn>('rect.sv-column')
    .data(plan.columns, (d) => d.id)
    .join('rect')
    .attr('class', (d) => `sv-column${d.down ? ' down' : ''}`)
    .attr('rx', 8)
    .transition()
    .duration(ms)
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => d.w)
    .attr('height', (d) => d.h);

  part('sv-groups')
    .selectAll<SVGGElement, SwarmGroup>('g.sv-group')
    .data(plan.groups, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g');
      g.append('rect').attr('rx', 8);
      g.append('text').attr('class', 'sv-group-label');
      return g;
    })
    .attr('class', (d) => `sv-group kind-${d.kind}`)
    .attr('display', hidden)
    .call((g) => g.select('rect').attr('x', (d) => d.x).attr('y', (d) => d.y).attr('width', (d) => d.w).attr('height', (d) => d.h))
    .call((g) =>
      g
        .select('text')
        .attr('x', (d) => d.x + 8)
        .attr('y', (d) => d.y + 15)
        .text((d) => fitText(d.label[st.lang], d.w - 16)),
    );

  const places = slotPlaces.get(root) ?? new Map<string, string>();
  const nodes = part('sv-nodes')
    .selectAll<SVGGElement, SwarmBox>('g.sv-node')
    .data(plan.nodes, (d) => d.id)
    .join(
      (enter) => {
        const g = enter
          .append('g')
          .attr('opacity', 0)
          .attr('transform', (d) => (d.slotKey && places.get(d.slotKey)) || at(d));
        g.append('rect').attr('class', 'sv-box').attr('rx', 5);
        g.append('rect').attr('class', 'sv-bar').attr('aria-hidden', 'true');
        g.append('rect').attr('class', 'sv-badge').attr('rx', 3).attr('aria-hidden', 'true');
        g.append('text').attr('class', 'sv-letter').attr('aria-hidden', 'true');
        g.append('text').attr('class', 'sv-label');
        g.append('text').attr('class', 'sv-sub');
        g.append('text').attr('class', 'sv-mark').attr('aria-hidden', 'true');
        g.append('title');
        return g;
      },
      (update) => update,
      (exit) => exit.transition().duration(ms).attr('opacity', 0).remove(),
    );
  nodes
    .attr('class', (d) => nodeClass(d, st))
    .attr('display', hidden)
    .attr('data-node-id', (d) => d.id)
    .attr('data-label', (d) => d.label[st.lang])
    .attr('role', (d) => (d.inspect ? 'button' : 'img'))
    .attr('aria-label', (d) => accessibleName(d, st.lang))
    .attr('aria-current', (d) => (st.selected === d.id ? 'true' : null))
    .attr('tabindex', (d) => (d.inspect ? (d.id === st.focusId ? 0 : -1) : null))
    .transition()
    .duration(ms)
    .attr('opacity', 1)
    .attr('transform', at);
  const next = new Map<string, string>();
  for (const d of plan.nodes) if (d.slotKey && !d.history) next.set(d.slotKey, at(d));
  slotPlaces.set(root, new Map([...places, ...next]));

  nodes.select('rect.sv-box').attr('width', (d) => d.w).attr('height', (d) => d.h);
  // Aggregated cells: a bar of the cell's share of the largest cell, under its text.
  nodes
    .select('rect.sv-bar')
    .attr('x', textX)
    .attr('y', (d) => d.h - 7)
    .attr('height', (d) => (d.progress === undefined ? 0 : 4))
    .attr('width', (d) => (d.progress === undefined ? 0 : Math.max(2, (d.w - textX(d) - 8) * d.progress)));
  nodes
    .select('rect.sv-badge')
    .attr('x', 5)
    .attr('y', (d) => (d.h - badge(d)) / 2)
    .attr('width', (d) => (d.letter ? badge(d) : 0))
    .attr('height', (d) => (d.letter ? badge(d) : 0));
  nodes
    .select('text.sv-letter')
    .attr('x', (d) => 5 + badge(d) / 2)
    .attr('y', (d) => d.h / 2 + 4)
    .text((d) => d.letter ?? '');
  nodes
    .select('text.sv-label')
    .attr('x', textX)
    .attr('y', (d) => (twoLines(d) ? (d.progress !== undefined ? 15 : d.h / 2 - 2) : d.h / 2 + 4))
    .text((d) => fitText(`${d.icon ? `${d.icon} ` : ''}${d.label[st.lang]}`, d.w - textX(d) - 6));
  nodes
    .select('text.sv-sub')
    .attr('x', textX)
    .attr('y', (d) => (d.progress !== undefined ? 27 : d.h / 2 + 10))
    .text((d) => (twoLines(d) && d.sub ? fitText(d.sub[st.lang], d.w - textX(d) - 6, 9.5) : ''));
  // The last command's objects carry a star, not only a colour.
  nodes
    .select('text.sv-mark')
    .attr('x', (d) => d.w - 4)
    .attr('y', 11)
    .text((d) => (st.highlighted.has(d.id) ? '★' : d.hit ? '⇠' : ''));
  nodes.select('title').text((d) => accessibleName(d, st.lang));

  drawMeshPulse(part('sv-pulses'), plan, st.reducedMotion);
}

function center(d: SwarmBox | undefined): string {
  return d ? `translate(${d.x + d.w / 2},${d.y + d.h / 2})` : 'translate(0,0)';
}

/** The last curl: a dot from the published port on the node that took it to the task that answered. */
function drawMeshPulse(layer: G, plan: SwarmPlan, reducedMotion: boolean): void {
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  layer
    .selectAll<SVGGElement, SwarmPlan['pulses'][number]>('g.sv-pulse')
    .data(plan.pulses, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'sv-pulse').attr('aria-hidden', 'true');
      g.append('circle').attr('r', 5);
      g.append('text').attr('dx', 8).attr('dy', 4).text((d) => d.label);
      g.attr('transform', (d) => center(byId.get(d.from)));
      if (reducedMotion) g.attr('transform', (d) => center(byId.get(d.to))).attr('opacity', 0.8);
      else g.transition().duration(PULSE_MS).attr('transform', (d) => center(byId.get(d.to))).transition().duration(PULSE_MS).attr('opacity', 0);
      return g;
    });
}
