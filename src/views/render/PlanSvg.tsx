// The default drawing of a Plan: an SVG the student pans and zooms (d3-zoom), whose elements are
// buttons reachable by keyboard (one Tab stop, arrow keys between elements, Enter to inspect).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { select, zoom, type ZoomBehavior } from 'd3';
import type { ViewComponentProps } from '../viewTypes';
import { drawPlan } from './drawPlan';
import { nextFocus } from './nextFocus';
import './planSvg.css';
import { handlePlanKey, planNodeAt, zoomViewport } from './planInteraction';

const ZOOM_STEP = 1.4;

export function PlanSvg({ plan, lang, highlighted, selected, onInspect, reducedMotion, title }: ViewComponentProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const viewportRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const zoomRef = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const focusable = plan.nodes.filter((n) => n.inspect);
  const roving = focusId && focusable.some((n) => n.id === focusId) ? focusId : (focusable[0]?.id ?? null);

  // Pan and zoom move the drawing as one composited layer (a CSS transform on the element around
  // the SVG), so a gesture re-composites instead of repainting every box and label each frame;
  // the layer hint is dropped when the gesture ends, so the browser redraws the text sharp.
  useEffect(() => {
    const viewport = viewportRef.current;
    const canvas = canvasRef.current;
    if (!viewport || !canvas) return;
    let settle = 0;
    const z = zoom<HTMLDivElement, unknown>()
      .scaleExtent([0.2, 8])
      .on('start', () => {
        window.clearTimeout(settle);
        canvas.style.willChange = 'transform';
      })
      .on('zoom', (e) => {
        canvas.style.transform = `translate(${e.transform.x}px, ${e.transform.y}px) scale(${e.transform.k})`;
      })
      .on('end', () => {
        settle = window.setTimeout(() => (canvas.style.willChange = ''), 200);
      });
    select(viewport).call(z).on('dblclick.zoom', null);
    zoomRef.current = z;
    return () => {
      window.clearTimeout(settle);
      select(viewport).on('.zoom', null);
    };
  }, []);

  useEffect(() => {
    if (layerRef.current) drawPlan(layerRef.current, plan, { lang, highlighted, selected, focusId: roving, reducedMotion });
  }, [plan, lang, highlighted, selected, roving, reducedMotion]);

  const zoomBy = (k: number | null) => zoomViewport(viewportRef.current, zoomRef.current, k);

  const nodeOf = (target: EventTarget) => planNodeAt(plan.nodes, target);

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) =>
    handlePlanKey(e, { nodes: plan.nodes, next: (from, key) => nextFocus(focusable, from, key), setFocusId, svg: svgRef.current, onInspect });

  return (
    <div className="plan-view">
      <div className="plan-zoom" role="group" aria-label={lang === 'bn' ? 'জুম' : 'Zoom'}>
        <button type="button" onClick={() => zoomBy(ZOOM_STEP)} aria-label={lang === 'bn' ? 'বড় করুন' : 'Zoom in'} title={lang === 'bn' ? 'বড় করুন' : 'Zoom in'}>
          +
        </button>
        <button type="button" onClick={() => zoomBy(1 / ZOOM_STEP)} aria-label={lang === 'bn' ? 'ছোট করুন' : 'Zoom out'} title={lang === 'bn' ? 'ছোট করুন' : 'Zoom out'}>
          −
        </button>
        <button type="button" onClick={() => zoomBy(null)} aria-label={lang === 'bn' ? 'আগের মাপে' : 'Reset zoom'} title={lang === 'bn' ? 'আগের মাপে' : 'Reset zoom'}>
          ⟲
        </button>
      </div>
      <div className="plan-viewport" ref={viewportRef}>
        <div className="plan-canvas" ref={canvasRef}>
          <svg
            ref={svgRef}
            className="plan-svg"
            role="group"
            aria-label={title}
            viewBox={`0 0 ${Math.max(plan.width, 1)} ${Math.max(plan.height, 1)}`}
            preserveAspectRatio="xMidYMin meet"
            // Text stays readable: the drawing keeps its proportions and the panel scrolls, rather
            // than a tall plan shrinking to the panel's height; a small plan is not blown up.
            style={{ aspectRatio: `${Math.max(plan.width, 1)} / ${Math.max(plan.height, 1)}`, maxWidth: `${Math.round(plan.width * 1.6)}px` }}
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
            <defs>
              {/* Patterns carry state without colour: hatching for layers that already existed. */}
              <pattern id="pv-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line x1="0" y1="0" x2="0" y2="6" className="pv-hatch-line" />
              </pattern>
            </defs>
            <g ref={layerRef} />
          </svg>
        </div>
      </div>
    </div>
  );
}
