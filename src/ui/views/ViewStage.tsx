// The chosen view over the live world: its plan, what the last command touched, the inspect
// drawer and the text alternative. Lazy-loaded by ViewsPanel, so everything it pulls in (the
// views, d3) loads with the first look at the panel, not with the page.
import { useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_HOST } from '../../engine';
import { outlineTree } from '../../views/outlineTree';
import { getViewEntry } from '../../views/registry';
import { touchedNodes } from '../../views/touchedNodes';
import { EMPTY_PLAN, type InspectTarget, type PlanNode, type View } from '../../views/viewTypes';
import { useAppStore, useStrings } from '../useAppStore';
import { InspectDrawer } from './InspectDrawer';
import { lastBatch } from './lastBatch';
import { PlanOutline } from './PlanOutline';
import { useReducedMotion } from './useReducedMotion';
import { useStablePlan } from './useStablePlan';
import './viewStage.css';

const loaded = new Map<string, View>();

function useView(viewId: string): View | null {
  const [view, setView] = useState<View | null>(() => loaded.get(viewId) ?? null);
  useEffect(() => {
    let live = true;
    const have = loaded.get(viewId);
    if (have) setView(have);
    else
      getViewEntry(viewId)
        .load()
        .then((v) => {
          loaded.set(viewId, v);
          if (live) setView(v);
        });
    return () => {
      live = false;
    };
  }, [viewId]);
  return view && view.id === viewId ? view : null;
}

export default function ViewStage({ viewId }: { viewId: string }) {
  const t = useStrings();
  const lang = useAppStore((state) => state.ui.lang);
  const world = useAppStore((state) => state.world);
  const host = useAppStore((state) => state.world.terminals[state.terminalId]?.host ?? DEFAULT_HOST);
  const events = useAppStore((state) => state.events);
  const view = useView(viewId);
  const reducedMotion = useReducedMotion();
  const [selected, setSelected] = useState<{ id: string; target: InspectTarget; label: string } | null>(null);
  const [showText, setShowText] = useState(false);

  const recent = useMemo(() => lastBatch(events), [events]);
  const batch = events[events.length - 1]?.batch ?? 0;
  const plan = useStablePlan(
    useMemo(() => (view ? view.layout(world, { host, recent, batch, log: events }) : EMPTY_PLAN), [view, world, host, recent, batch, events]),
  );
  const highlighted = useMemo(() => touchedNodes(plan, recent), [plan, recent]);
  const outline = useMemo(() => (showText ? outlineTree(plan) : []), [plan, showText]);
  useEffect(() => setSelected(null), [viewId]);

  const onInspect = (node: PlanNode) => {
    if (node.inspect) setSelected({ id: node.id, target: node.inspect, label: node.label[lang] });
  };
  const title = getViewEntry(viewId).title[lang];
  const stageRef = useRef<HTMLDivElement>(null);
  // Closing the drawer gives focus back to the element it was opened from.
  const closeDrawer = () => {
    const id = selected?.id;
    setSelected(null);
    if (id) stageRef.current?.querySelector<SVGGElement>(`[data-node-id="${CSS.escape(id)}"]`)?.focus();
  };

  return (
    <div className="view-stage" data-view={viewId} ref={stageRef}>
      <div className="view-toolbar">
        <p className="views-help">{t.viewsHelp}</p>
        <button type="button" aria-pressed={showText} onClick={() => setShowText(!showText)}>
          {t.viewsTextToggle}
        </button>
      </div>
      {plan.aggregated && (
        <p className="views-aggregated" role="note">
          {t.viewsAggregated}
        </p>
      )}
      {view ? (
        <view.Component
          plan={plan}
          lang={lang}
          highlighted={highlighted}
          selected={selected?.id ?? null}
          onInspect={onInspect}
          reducedMotion={reducedMotion}
          title={title}
        />
      ) : (
        <p className="views-loading">{t.viewsLoading}</p>
      )}
      {showText && <PlanOutline items={outline} lang={lang} title={t.viewsTextTitle} highlighted={highlighted} onInspect={onInspect} />}
      {selected && <InspectDrawer world={world} target={selected.target} label={selected.label} onClose={closeDrawer} />}
    </div>
  );
}
