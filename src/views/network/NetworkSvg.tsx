// The network view's drawing: an SVG the student pans and zooms (d3-zoom) with the bus diagram,
// whose clickable boxes are buttons reachable by keyboard (one Tab stop, arrow keys between them,
// Enter to inspect). A dropped packet is also announced in words for screen readers.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { select, zoom, type ZoomBehavior } from 'd3';
import type { ViewComponentProps } from '../viewTypes';
import { nextFocus } from '../render/nextFocus';
import { drawNetwork } from './drawNetwork';
import type { NetworkPlan } from './networkPlanTypes';
import './networkView.css';
import { handlePlanKey, planNodeAt, zoomViewport } from '../render/planInteraction';

const ZOOM_STEP = 1.4;

export function NetworkSvg({ plan: anyPlan, lang, highlighted, selected, onInspect, reducedMotion, title }: ViewComponentProps) {
  const plan = anyPlan as NetworkPlan;
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const focusable = plan.nodes.filter((n) => n.inspect);
  const roving = focusId && focusable.some((n) => n.id === focusId) ? focusId : (focusable[0]?.id ?? null);
  const dropped = plan.pulses.find((p) => p.drop);

  useEffect(() => {
    const svg = svgRef.current;
    const layer = layerRef.current;
    if (!svg || !layer) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.2, 8])
      .on('zoom', (e) => select(layer).attr('transform', e.transform.toString()));
    select(svg).call(z).on('dblclick.zoom', null);
    zoomRef.current = z;
    return () => void select(svg).on('.zoom', null);
  }, []);

  useEffect(() => {
    if (layerRef.current) drawNetwork(layerRef.current, plan, { lang, highlighted, selected, focusId: roving, reducedMotion });
  }, [plan, lang, highlighted, selected, roving, reducedMotion]);

  const zoomBy = (k: number | null) => zoomViewport(svgRef.current, zoomRef.current, k);

  const nodeOf = (target: EventTarget) => planNodeAt(plan.nodes, target);

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) =>
    handlePlanKey(e, { nodes: plan.nodes, next: (from, key) => nextFocus(focusable, from, key), setFocusId, svg: svgRef.current, onInspect });

  const say = (bn: string, en: string) => (lang === 'bn' ? bn : en);
  return (
    <div className="plan-view network-view">
      <div className="plan-zoom" role="group" aria-label={say('জুম', 'Zoom')}>
        <button type="button" onClick={() => zoomBy(ZOOM_STEP)} aria-label={say('বড় করুন', 'Zoom in')} title={say('বড় করুন', 'Zoom in')}>
          +
        </button>
        <button type="button" onClick={() => zoomBy(1 / ZOOM_STEP)} aria-label={say('ছোট করুন', 'Zoom out')} title={say('ছোট করুন', 'Zoom out')}>
          −
        </button>
        <button type="button" onClick={() => zoomBy(null)} aria-label={say('আগের মাপে', 'Reset zoom')} title={say('আগের মাপে', 'Reset zoom')}>
          ⟲
        </button>
      </div>
      <svg
        ref={svgRef}
        className="plan-svg network-svg"
        role="group"
        aria-label={title}
        viewBox={`0 0 ${Math.max(plan.width, 1)} ${Math.max(plan.height, 1)}`}
        preserveAspectRatio="xMidYMin meet"
        onClick={(e) => {
          const node = nodeOf(e.target);
          if (node?.inspect) {
            setFocusId(node.id);
            onInspect(node);
          }
        }}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          const node = nodeOf(e.target);
          if (node) setFocusId(node.id);
        }}
      >
        <g ref={layerRef} />
      </svg>
      <p className="nv-live" aria-live="polite">
        {dropped?.drop ? dropped.drop[lang] : ''}
      </p>
    </div>
  );
}
