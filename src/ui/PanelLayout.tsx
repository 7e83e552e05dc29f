// Lesson | terminal | views, side by side, with a splitter between each pair of open neighbours.
import { Fragment, useRef, type ReactNode } from 'react';
import { PANEL_ORDER, resizePanels, type PanelId } from '../store';
import { Panel } from './Panel';
import { Splitter } from './Splitter';
import { splitWeights } from './splitWeights';
import { useAppStore, useStrings } from './useAppStore';

const MIN_PANEL_PX = 160;

export function PanelLayout({ content }: { content: Record<PanelId, ReactNode> }) {
  const t = useStrings();
  const panels = useAppStore((state) => state.ui.panels);
  const elements = useRef<Partial<Record<PanelId, HTMLElement | null>>>({});
  const titles: Record<PanelId, string> = { lesson: t.panelLesson, terminal: t.panelTerminal, views: t.panelViews };

  const startResize = (left: PanelId, right: PanelId) => {
    const widthOf = (id: PanelId) => elements.current[id]?.getBoundingClientRect().width ?? 0;
    const start = {
      left: { weight: panels[left].weight, px: widthOf(left) },
      right: { weight: panels[right].weight, px: widthOf(right) },
    };
    return (dx: number) => {
      const [l, r] = splitWeights(start.left, start.right, dx, MIN_PANEL_PX);
      resizePanels({ [left]: l, [right]: r });
    };
  };

  return (
    <main className="panel-layout">
      {PANEL_ORDER.map((id, i) => {
        const prev = PANEL_ORDER[i - 1];
        const splitter = prev && !panels[prev].collapsed && !panels[id].collapsed;
        return (
          <Fragment key={id}>
            {splitter && (
              <Splitter
                label={t.resize}
                value={Math.round((100 * panels[prev].weight) / (panels[prev].weight + panels[id].weight))}
                onStart={() => startResize(prev, id)}
              />
            )}
            <Panel
              id={id}
              title={titles[id]}
              state={panels[id]}
              panelRef={(el) => {
                elements.current[id] = el;
              }}
            >
              {content[id]}
            </Panel>
          </Fragment>
        );
      })}
    </main>
  );
}
