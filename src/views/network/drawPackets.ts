// Packets of the last command, hop after hop along the drawn links: a dot runs each hop's path and
// leaves a trail; a packet that loops back pulses in place; a dropped one stops with a cross and
// the reason beside it, which stays until the next command. Reduced motion draws the finished
// state at once.
import { select, type Selection } from 'd3';
import type { PacketPulse } from './networkPlanTypes';

/** One hop's travel time: slow enough to follow a ping from container to bridge to container. */
export const HOP_MS = 420;
const TRAIL_FADE_MS = 2500;
const CROSS = 7;

type G = Selection<SVGGElement, unknown, null, undefined>;

function pathOf(points: PacketPulse['points']): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join('');
}

/** The reason beside the cross, in the chosen language (redrawn when the language changes). */
function labelDrop(mark: Selection<SVGGElement, unknown, null, undefined>, text: string): void {
  mark.select('g.nv-drop-label').remove();
  const label = mark.append('g').attr('class', 'nv-drop-label').attr('transform', `translate(${-CROSS - 6},${-CROSS - 8})`);
  const t = label.append('text').attr('text-anchor', 'end').text(text);
  const box = (t.node() as SVGTextElement | null)?.getBBox?.();
  if (box) label.insert('rect', 'text').attr('x', box.x - 4).attr('y', box.y - 2).attr('width', box.width + 8).attr('height', box.height + 4).attr('rx', 3);
}

function drawDrop(g: Selection<SVGGElement, PacketPulse, null, undefined>, d: PacketPulse, lang: 'bn' | 'en', delay: number): void {
  const [x, y] = d.points[d.points.length - 1];
  const mark = g.append('g').attr('class', 'nv-drop').attr('transform', `translate(${x},${y})`).attr('opacity', delay ? 0 : 1);
  mark.append('circle').attr('r', CROSS + 3);
  mark.append('path').attr('d', `M${-CROSS},${-CROSS}L${CROSS},${CROSS}M${CROSS},${-CROSS}L${-CROSS},${CROSS}`);
  labelDrop(mark as unknown as Selection<SVGGElement, unknown, null, undefined>, d.drop ? d.drop[lang] : '');
  if (delay) mark.transition().delay(delay).duration(150).attr('opacity', 1);
}

export function drawPackets(layer: G, pulses: readonly PacketPulse[], st: { lang: 'bn' | 'en'; reducedMotion: boolean }): void {
  layer
    .selectAll<SVGGElement, PacketPulse>('g.nv-packet')
    .data(pulses, (d) => d.id)
    .join(
      (enter) =>
        enter.append('g').each(function (d) {
          const g = select(this) as unknown as Selection<SVGGElement, PacketPulse, null, undefined>;
          const start = st.reducedMotion ? 0 : d.order * HOP_MS;
          const trail = g.append('path').attr('class', 'nv-trail').attr('d', pathOf(d.points));
          const node = trail.node() as SVGPathElement;
          const length = node.getTotalLength?.() ?? 0;
          const [x0, y0] = d.points[0];
          const [x1, y1] = d.points[d.points.length - 1];
          if (d.hop === 'loopback') {
            const ring = g.append('circle').attr('class', 'nv-loop').attr('cx', x0).attr('cy', y0).attr('r', 4).attr('opacity', st.reducedMotion ? 1 : 0);
            if (!st.reducedMotion) ring.transition().delay(start).duration(0).attr('opacity', 1).transition().duration(HOP_MS * 2).attr('r', 18).attr('opacity', 0);
          }
          const dot = g.append('circle').attr('class', 'nv-dot').attr('r', 5);
          if (st.reducedMotion) {
            dot.attr('cx', x1).attr('cy', y1);
            trail.attr('opacity', 0.8);
          } else {
            dot.attr('cx', x0).attr('cy', y0).attr('opacity', 0);
            trail.attr('opacity', 1).attr('stroke-dasharray', `${length} ${length}`).attr('stroke-dashoffset', length);
            trail.transition().delay(start).duration(HOP_MS).attr('stroke-dashoffset', 0).transition().duration(TRAIL_FADE_MS).attr('opacity', d.drop ? 0.9 : 0.35);
            dot
              .transition()
              .delay(start)
              .duration(0)
              .attr('opacity', 1)
              .transition()
              .duration(HOP_MS)
              .attrTween('cx', () => (t) => String(node.getPointAtLength?.(t * length).x ?? x1))
              .attrTween('cy', () => (t) => String(node.getPointAtLength?.(t * length).y ?? y1))
              .transition()
              .duration(d.drop ? 0 : 200)
              .attr('opacity', d.drop ? 1 : 0);
          }
          if (d.drop) drawDrop(g, d, st.lang, st.reducedMotion ? 0 : start + HOP_MS);
        }),
      (update) =>
        update.each(function (d) {
          const mark = select(this).select<SVGGElement>('g.nv-drop');
          const text = d.drop ? d.drop[st.lang] : '';
          if (!mark.empty() && mark.select('text').text() !== text) labelDrop(mark as unknown as Selection<SVGGElement, unknown, null, undefined>, text);
        }),
      (exit) => exit.remove(),
    )
    .attr('class', (d) => `nv-packet hop-${d.hop}${d.drop ? ' dropped' : ''}`)
    .attr('data-packet', (d) => `${d.order}:${d.hop}`)
    .attr('aria-hidden', 'true');
}
