// The d3 join that draws a Plan into an SVG layer: groups behind, then edges, nodes and pulses.
// Elements are keyed by id so a changed world moves, adds and removes boxes with a short
// transition (none when the student asked for reduced motion).
import { select, transition, type Selection } from 'd3';
import type { Plan, PlanNode, PlanPulse } from '../viewTypes';
import { fitText } from './fitText';

export interface DrawState {
  lang: 'bn' | 'en';
  highlighted: ReadonlySet<string>;
  selected: string | null;
  /** The node that takes Tab focus (roving tabindex). */
  focusId: string | null;
  reducedMotion: boolean;
}

// d3-transition patches selection.transition() when it loads; naming it keeps it in the bundle.
void transition;

const MOVE_MS = 250;
const PULSE_MS = 900;

function nodeName(n: PlanNode, lang: 'bn' | 'en'): string {
  const parts = [n.label[lang]];
  if (n.sub) parts.push(n.sub[lang]);
  if (n.hint) parts.push(n.hint[lang]);
  return parts.join(' — ');
}

function center(n: PlanNode | undefined): [number, number] {
  return n ? [n.x + n.w / 2, n.y + n.h / 2] : [0, 0];
}

type G = Selection<SVGGElement, unknown, null, undefined>;

export function drawPlan(root: SVGGElement, plan: Plan, st: DrawState): void {
  const layer = select(root) as G;
  const ms = st.reducedMotion ? 0 : MOVE_MS;
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  const part = (cls: string) => {
    let g = layer.select<SVGGElement>(`g.${cls}`);
    if (g.empty()) g = layer.append('g').attr('class', cls);
    return g;
  };

  part('pv-groups')
    .selectAll<SVGGElement, Plan['groups'][number]>('g.pv-group')
    .data(plan.groups, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('opacity', 0);
      g.append('rect').attr('rx', 6);
      g.append('text').attr('class', 'pv-group-label');
      return g;
    })
    .attr('class', (d) => `pv-group kind-${d.kind}`)
    .attr('data-group-id', (d) => d.id)
    .attr('data-label', (d) => d.label[st.lang])
    .call((g) => g.transition().duration(ms).attr('opacity', 1))
    .call((g) => g.select('rect').transition().duration(ms).attr('x', (d) => d.x).attr('y', (d) => d.y).attr('width', (d) => d.w).attr('height', (d) => d.h))
    .call((g) =>
      g
        .select('text')
        .attr('x', (d) => d.x + 8)
        .attr('y', (d) => d.y + 15)
        .text((d) => fitText(d.label[st.lang], d.w - 16)),
    );

  part('pv-edges')
    .selectAll<SVGLineElement, Plan['edges'][number]>('line.pv-edge')
    .data(plan.edges, (d) => d.id)
    .join('line')
    .attr('class', (d) => `pv-edge kind-${d.kind}`)
    .transition()
    .duration(ms)
    .attr('x1', (d) => center(byId.get(d.from))[0])
    .attr('y1', (d) => center(byId.get(d.from))[1])
    .attr('x2', (d) => center(byId.get(d.to))[0])
    .attr('y2', (d) => center(byId.get(d.to))[1]);

  const nodes = part('pv-nodes')
    .selectAll<SVGGElement, PlanNode>('g.pv-node')
    .data(plan.nodes, (d) => d.id)
    .join(
      (enter) => {
        const g = enter
          .append('g')
          .attr('opacity', 0)
          .attr('transform', (d) => `translate(${d.x},${d.y})`);
        g.append('rect').attr('class', 'pv-box').attr('rx', 4);
        g.append('rect').attr('class', 'pv-progress').attr('rx', 4).attr('aria-hidden', 'true');
        g.append('text').attr('class', 'pv-label');
        g.append('text').attr('class', 'pv-sub');
        g.append('text').attr('class', 'pv-mark').attr('aria-hidden', 'true');
        g.append('title');
        return g;
      },
      (update) => update,
      (exit) => exit.transition().duration(ms).attr('opacity', 0).remove(),
    );
  nodes
    .attr('class', (d) =>
      ['pv-node', `kind-${d.kind}`, d.state ? `state-${d.state}` : '', st.highlighted.has(d.id) ? 'touched' : '', st.selected === d.id ? 'selected' : '']
        .filter(Boolean)
        .join(' '),
    )
    .attr('data-node-id', (d) => d.id)
    .attr('data-label', (d) => d.label[st.lang])
    .attr('role', (d) => (d.inspect ? 'button' : 'img'))
    .attr('aria-label', (d) => nodeName(d, st.lang))
    .attr('aria-current', (d) => (st.selected === d.id ? 'true' : null))
    .attr('tabindex', (d) => (d.inspect ? (d.id === st.focusId ? 0 : -1) : null))
    .transition()
    .duration(ms)
    .attr('opacity', 1)
    .attr('transform', (d) => `translate(${d.x},${d.y})`);
  nodes
    .select('rect.pv-box')
    .attr('width', (d) => d.w)
    .attr('height', (d) => d.h);
  // Redrawn every frame of a pull, so no transition: the fill follows the virtual clock.
  nodes
    .select('rect.pv-progress')
    .attr('width', (d) => (d.progress === undefined ? 0 : d.w * d.progress))
    .attr('height', (d) => d.h);
  const twoLines = (d: PlanNode) => !!d.sub && d.h >= 26;
  // A tall box holds other boxes: its label goes to the top, not the middle.
  const tall = (d: PlanNode) => d.h > 44;
  nodes
    .select('text.pv-label')
    .attr('x', 6)
    .attr('y', (d) => (tall(d) ? 15 : twoLines(d) ? d.h / 2 - 2 : d.h / 2 + 4))
    .text((d) => fitText(`${d.icon ? `${d.icon} ` : ''}${d.label[st.lang]}`, d.w - 12));
  nodes
    .select('text.pv-sub')
    .attr('x', 6)
    .attr('y', (d) => (tall(d) ? 29 : d.h / 2 + 10))
    .text((d) => (twoLines(d) && d.sub ? fitText(d.sub[st.lang], d.w - 12, 9.5) : ''));
  // The touched mark is a glyph, not only a colour: the last command's objects carry a star.
  nodes
    .select('text.pv-mark')
    .attr('x', (d) => d.w - 4)
    .attr('y', 10)
    .text((d) => (st.highlighted.has(d.id) ? '★' : ''));
  nodes.select('title').text((d) => nodeName(d, st.lang));

  drawPulses(part('pv-pulses'), plan.pulses, byId, st.reducedMotion);
}

function drawPulses(layer: G, pulses: PlanPulse[], byId: Map<string, PlanNode>, reducedMotion: boolean): void {
  layer
    .selectAll<SVGGElement, PlanPulse>('g.pv-pulse')
    .data(pulses, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'pv-pulse').attr('aria-hidden', 'true');
      g.append('circle').attr('r', 5);
      g.append('text').attr('dx', 8).attr('dy', 4).text((d) => d.label);
      g.attr('transform', (d) => `translate(${center(byId.get(d.from)).join(',')})`);
      // A system call travels from the process down to the kernel, then fades.
      if (reducedMotion) g.attr('transform', (d) => `translate(${center(byId.get(d.to)).join(',')})`).attr('opacity', 0.8);
      else
        g.transition()
          .duration(PULSE_MS)
          .attr('transform', (d) => `translate(${center(byId.get(d.to)).join(',')})`)
          .transition()
          .duration(PULSE_MS)
          .attr('opacity', 0);
      return g;
    });
}
