// The swarm view's drawing: an SVG the student pans and zooms (d3-zoom moving one composited
// layer, as render/PlanSvg does), whose boxes are buttons reachable by keyboard (one Tab stop,
// arrows between boxes and columns, Enter to inspect), and a history toggle that opens the band
// of ended tasks under the columns.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { select, zoom, type ZoomBehavior } from 'd3';
import type { ViewComponentProps } from '../viewTypes';
import { drawSwarm } from './drawSwarm';
import { swarmFocus } from './swarmFocus';
import type { SwarmPlan } from './swarmPlanTypes';
import './swarmView.css';
import { handlePlanKey, planNodeAt, zoomViewport } from '../render/planInteraction';

const ZOOM_STEP = 1.4;

export function SwarmSvg({ plan: anyPlan, lang, highlighted, selected, onInspect, reducedMotion, title }: ViewComponentProps) {
  const plan = anyPlan as SwarmPlan;
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const viewportRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const zoomRef = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const focusable = plan.nodes.filter((n) => n.inspect && (showHistory || !n.history));
  const roving = focusId && focusable.some((n) => n.id === focusId) ? focusId : (focusable[0]?.id ?? null);
  const height = Math.max(showHistory ? plan.height : plan.liveHeight, 1);
  const width = Math.max(plan.width, 1);

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
    if (layerRef.current) drawSwarm(layerRef.current, plan, { lang, highlighted, selected, focusId: roving, reducedMotion, showHistory });
  }, [plan, lang, highlighted, selected, roving, reducedMotion, showHistory]);

  const zoomBy = (k: number | null) => zoomViewport(viewportRef.current, zoomRef.current, k);

  const nodeOf = (target: EventTarget) => planNodeAt(plan.nodes, target);

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) =>
    handlePlanKey(e, { nodes: plan.nodes, next: (from, key) => swarmFocus(focusable, from, key), setFocusId, svg: svgRef.current, onInspect });

  const say = (bn: string, en: string) => (lang === 'bn' ? bn : en);
  return (
    <div className="plan-view swarm-view">
      <div className="plan-zoom" role="group" aria-label={say('জুম', 'Zoom')}>
        {plan.historyCount > 0 && (
          <button type="button" className="sv-history-toggle" aria-pressed={showHistory} onClick={() => setShowHistory(!showHistory)}>
            {say(`ইতিহাস (${plan.historyCount})`, `History (${plan.historyCount})`)}
          </button>
        )}
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
      <div className="plan-viewport" ref={viewportRef}>
        <div className="plan-canvas" ref={canvasRef}>
          <svg
            ref={svgRef}
            className="plan-svg swarm-svg"
            role="group"
            aria-label={title}
            viewBox={`0 0 ${width} ${height}`}
            preserveAspectRatio="xMidYMin meet"
            // Readable text: the drawing keeps its proportions and the panel scrolls rather than
            // shrinking a tall swarm to the panel's height; a small one is not blown up.
            style={{ aspectRatio: `${width} / ${height}`, maxWidth: `${Math.round(width * 1.6)}px` }}
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
        </div>
      </div>
    </div>
  );
}
