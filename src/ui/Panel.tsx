// One collapsible panel (the views panel folds to the right, the others to the left). Its body stays mounted while collapsed so the terminal keeps its screen.
import type { ReactNode, Ref } from 'react';
import type { PanelId, PanelState } from '../store';
import { setPanelCollapsed } from '../store';
import { useStrings } from './useAppStore';

interface PanelProps {
  id: PanelId;
  title: string;
  state: PanelState;
  panelRef: Ref<HTMLElement>;
  children: ReactNode;
}

export function Panel({ id, title, state, panelRef, children }: PanelProps) {
  const t = useStrings();
  const style = state.collapsed ? { flex: '0 0 2.5rem' } : { flex: `${state.weight} 1 0px` };
  return (
    <section
      ref={panelRef}
      className={`panel panel-${id}${state.collapsed ? ' collapsed' : ''}`}
      style={style}
      data-panel={id}
      aria-label={title}
    >
      <header className="panel-header">
        <h2 className="panel-title">{title}</h2>
        <button
          type="button"
          className="panel-toggle"
          aria-expanded={!state.collapsed}
          title={state.collapsed ? t.expand : t.collapse}
          aria-label={`${title}: ${state.collapsed ? t.expand : t.collapse}`}
          onClick={() => setPanelCollapsed(id, !state.collapsed)}
        >
          {(id === 'views') !== state.collapsed ? '›' : '‹'}
        </button>
      </header>
      <div className="panel-body" hidden={state.collapsed}>
        {children}
      </div>
    </section>
  );
}
