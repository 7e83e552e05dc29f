// What every drawn view does the same way with its plan: the zoom buttons, finding the plan node
// under a DOM event, and the keyboard (Enter/Space inspects; arrows move the roving focus by the
// view's own neighbour rule). One copy, so the views cannot drift apart in how they behave.
import { select, zoomIdentity, type ZoomBehavior } from 'd3';
import type { KeyboardEvent } from 'react';
import type { PlanNode } from '../viewTypes';

/** Zoom the viewport by `k`, or back to where it started for null. */
export function zoomViewport<E extends Element>(viewport: E | null, zoom: ZoomBehavior<E, unknown> | null, k: number | null): void {
  if (!viewport || !zoom) return;
  if (k === null) select(viewport).call(zoom.transform, zoomIdentity);
  else select(viewport).call(zoom.scaleBy, k);
}

/** The plan node an event happened on (its element or one inside it carries data-node-id). */
export function planNodeAt(nodes: PlanNode[], target: EventTarget): PlanNode | undefined {
  const el = (target as Element).closest?.('[data-node-id]');
  const id = el?.getAttribute('data-node-id');
  return id ? nodes.find((n) => n.id === id) : undefined;
}

export interface PlanKeyOptions {
  nodes: PlanNode[];
  /** The view's neighbour rule: the id to focus after `key` from `from`, or null to ignore the key. */
  next: (from: string, key: string) => string | null;
  setFocusId: (id: string) => void;
  svg: SVGSVGElement | null;
  onInspect: (node: PlanNode) => void;
}

export function handlePlanKey(e: KeyboardEvent<SVGSVGElement>, o: PlanKeyOptions): void {
  const node = planNodeAt(o.nodes, e.target);
  if (!node) return;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    if (node.inspect) o.onInspect(node);
    return;
  }
  const next = o.next(node.id, e.key);
  if (next === null) return;
  e.preventDefault();
  o.setFocusId(next);
  o.svg?.querySelector<SVGGElement>(`[data-node-id="${CSS.escape(next)}"]`)?.focus();
}
