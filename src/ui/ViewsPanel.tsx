// The views panel: a tab per view (an ARIA tablist: arrow keys, Home, End) over the chosen view.
// The view itself is lazy-loaded (ViewStage): d3 and the layouts stay out of the first bundle.
import { lazy, Suspense, useRef, useState, type KeyboardEvent } from 'react';
import { VIEWS } from '../views/registry';
import { useAppStore, useStrings } from './useAppStore';

const ViewStage = lazy(() => import('./views/ViewStage'));

export function ViewsPanel() {
  const t = useStrings();
  const lang = useAppStore((state) => state.ui.lang);
  const [active, setActive] = useState(VIEWS[0].id);
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});

  const onKeyDown = (e: KeyboardEvent) => {
    const i = VIEWS.findIndex((v) => v.id === active);
    const to =
      e.key === 'ArrowRight' ? (i + 1) % VIEWS.length
      : e.key === 'ArrowLeft' ? (i - 1 + VIEWS.length) % VIEWS.length
      : e.key === 'Home' ? 0
      : e.key === 'End' ? VIEWS.length - 1
      : -1;
    if (to < 0) return;
    e.preventDefault();
    setActive(VIEWS[to].id);
    tabs.current[VIEWS[to].id]?.focus();
  };

  return (
    <div className="views">
      <div className="views-tabs" role="tablist" aria-label={t.viewsTabs} onKeyDown={onKeyDown}>
        {VIEWS.map((v) => (
          <button
            key={v.id}
            ref={(el) => {
              tabs.current[v.id] = el;
            }}
            type="button"
            role="tab"
            id={`view-tab-${v.id}`}
            aria-selected={v.id === active}
            aria-controls="view-tabpanel"
            tabIndex={v.id === active ? 0 : -1}
            onClick={() => setActive(v.id)}
          >
            {v.title[lang]}
          </button>
        ))}
      </div>
      <div className="views-tabpanel" role="tabpanel" id="view-tabpanel" aria-labelledby={`view-tab-${active}`}>
        <Suspense fallback={<p className="views-loading">{t.viewsLoading}</p>}>
          <ViewStage viewId={active} />
        </Suspense>
      </div>
    </div>
  );
}
