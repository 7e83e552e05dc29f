// The d3 join that draws a NetworkPlan: host boxes behind, then links (polylines), the boxes, and
// on top the packets of the last command. Elements are keyed by id, so a new container slides its
// neighbours down instead of redrawing the picture.
import { select, transition, type Selection } from 'd3';
import { fitText } from '../render/fitText';
import type { NetEdge, NetNode, NetworkPlan } from './networkPlanTypes';
import { drawPackets } from './drawPackets';

export interface NetDrawState {
  lang: 'bn' | 'en';
  highlighted: ReadonlySet<string>;
  selected: string | null;
  focusId: string | null;
  reducedMotion: boolean;
}

// d3-transition patches selection.transition() when it loads; naming it keeps it in the bundle.
void transition;

const MOVE_MS = 250;
const LINE_PX = 14;

type G = Selection<SVGGElement, unknown, null, undefined>;

export function polyline(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join('');
}

function accessibleName(n: NetNode, lang: 'bn' | 'en'): string {
  return [n.label[lang], n.sub?.[lang], n.hint?.[lang]].filter(Boolean).join(' — ');
}

/** The lines a box shows: its own lines, else its label (with the icon) and its second line. */
function boxLines(n: NetNode, lang: 'bn' | 'en'): string[] {
  const icon = n.icon ? `${n.icon} ` : '';
  if (n.lines) return n.lines.map((l, i) => (i === 0 ? icon + l : l));
  return [icon + n.label[lang], ...(n.sub ? [n.sub[lang]] : [])];
}

const CENTERED = new Set(['internet', 'nic', 'lan', 'dns']);

function drawTexts(g: Selection<SVGGElement, NetNode, SVGGElement, unknown>, lang: 'bn' | 'en'): void {
  g.each(function (d) {
    const lines = boxLines(d, lang);
    const centered = CENTERED.has(d.kind);
    const single = lines.length === 1 && (d.h < 40 || centered);
    const text = select(this).select<SVGTextElement>('text.nv-text');
    text
      .attr('text-anchor', centered ? 'middle' : 'start')
      .selectAll<SVGTSpanElement, string>('tspan')
      .data(lines)
      .join('tspan')
      .attr('class', (_, i) => (i === 0 ? 'nv-line-1' : 'nv-line-n'))
      .attr('x', centered ? d.w / 2 : 6)
      .attr('y', (_, i) => (single ? d.h / 2 + 4 : d.kind === 'endpoint' ? 11 + i * 12 : 14 + i * LINE_PX))
      .text((l, i) => fitText(l, d.w - 12, i === 0 ? 11 : 10));
  });
}

export function drawNetwork(root: SVGGElement, plan: NetworkPlan, st: NetDrawState): void {
  const layer = select(root) as G;
  const ms = st.reducedMotion ? 0 : MOVE_MS;
  const part = (cls: string) => {
    let g = layer.select<SVGGElement>(`g.${cls}`);
    if (g.empty()) g = layer.append('g').attr('class', cls);
    return g;
  };

  part('nv-groups')
    .selectAll<SVGGElement, NetworkPlan['groups'][number]>('g.nv-group')
    .data(plan.groups, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g');
      g.append('rect').attr('rx', 8);
      g.append('text').attr('class', 'nv-group-label');
      return g;
    })
    .attr('class', (d) => `nv-group kind-${d.kind}`)
    .attr('data-group-id', (d) => d.id)
    .call((g) => g.select('rect').transition().duration(ms).attr('x', (d) => d.x).attr('y', (d) => d.y).attr('width', (d) => d.w).attr('height', (d) => d.h))
    .call((g) =>
      g
        .select('text')
        .attr('x', (d) => d.x + 8)
        .attr('y', (d) => d.y + 15)
        .text((d) => d.label[st.lang]),
    );

  const edges = part('nv-edges')
    .selectAll<SVGGElement, NetEdge>('g.nv-edge')
    .data(plan.edges, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g');
      g.append('path');
      g.append('text').attr('class', 'nv-edge-label');
      return g;
    })
    .attr('class', (d) => `nv-edge kind-${d.kind}`)
    .attr('data-edge-id', (d) => d.id);
  edges.select('path').transition().duration(ms).attr('d', (d) => polyline(d.points));
  edges
    .select('text')
    .each(function (d) {
      const t = select(this);
      const [a, b] = [d.points[0], d.points[d.points.length - 1]];
      if (!d.label) return void t.text('');
      // veth: the host-side name just before the bus; vertical links: beside their middle.
      if (d.kind === 'veth') t.attr('x', b[0] - 5).attr('y', b[1] - 3).attr('text-anchor', 'end');
      else t.attr('x', a[0] + 5).attr('y', (a[1] + b[1]) / 2 + 3).attr('text-anchor', 'start');
      t.text(d.label[st.lang]);
    });

  const nodes = part('nv-nodes')
    .selectAll<SVGGElement, NetNode>('g.nv-node')
    .data(plan.nodes, (d) => d.id)
    .join(
      (enter) => {
        const g = enter.append('g').attr('transform', (d) => `translate(${d.x},${d.y})`);
        g.append('rect').attr('class', 'nv-box');
        g.append('text').attr('class', 'nv-text');
        g.append('text').attr('class', 'nv-mark').attr('aria-hidden', 'true');
        g.append('title');
        return g;
      },
      (update) => update,
      (exit) => exit.remove(),
    );
  nodes
    .attr('class', (d) =>
      ['nv-node', `kind-${d.kind}`, d.state ? `state-${d.state}` : '', st.highlighted.has(d.id) ? 'touched' : '', st.selected === d.id ? 'selected' : '']
        .filter(Boolean)
        .join(' '),
    )
    .attr('data-node-id', (d) => d.id)
    .attr('role', (d) => (d.inspect ? 'button' : 'img'))
    .attr('aria-label', (d) => accessibleName(d, st.lang))
    .attr('aria-current', (d) => (st.selected === d.id ? 'true' : null))
    .attr('tabindex', (d) => (d.inspect ? (d.id === st.focusId ? 0 : -1) : null))
    .transition()
    .duration(ms)
    .attr('transform', (d) => `translate(${d.x},${d.y})`);
  nodes
    .select('rect.nv-box')
    .attr('rx', (d) => (d.kind === 'dns' || d.kind === 'nic' ? 8 : 4))
    .attr('width', (d) => d.w)
    .attr('height', (d) => d.h);
  drawTexts(nodes, st.lang);
  // The touched mark is a glyph, not only a colour: what the last command changed carries a star.
  nodes
    .select('text.nv-mark')
    .attr('x', (d) => d.w - 4)
    .attr('y', 11)
    .text((d) => (st.highlighted.has(d.id) && d.kind !== 'endpoint' ? '★' : ''));
  nodes.select('title').text((d) => accessibleName(d, st.lang));

  drawPackets(part('nv-packets'), plan.pulses, st);
}
