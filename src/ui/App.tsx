// The page: header over the three panels.
import { lazy, Suspense, useEffect } from 'react';
import { Header } from './Header';
import { AfterShell } from './AfterShell';
import { LessonPanel } from './LessonPanel';
import { PanelLayout } from './PanelLayout';
import { SessionNotice } from './SessionNotice';
import { TerminalPanel } from './TerminalPanel';
import { ViewsPanel } from './ViewsPanel';
import { useAppStore, useStrings } from './useAppStore';
import { loadShell } from '../store/shellRuntime';

// The mini browser requests pages through the engine's network (most of the engine), so it comes
// with the shell, after the first prompt.
const MiniBrowser = lazy(() => loadShell().then(() => import('./MiniBrowser')).then((m) => ({ default: m.MiniBrowser })));
// The timeline strip replays with the shell, so it too comes after the first prompt.
const TimelineStrip = lazy(() => import('./timeline/TimelineStrip'));

export function App() {
  const lang = useAppStore((state) => state.ui.lang);
  const t = useStrings();
  // A reset gives a fresh world: the terminal mounts anew on it.
  const epoch = useAppStore((state) => state.ui.sessionEpoch);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.appTitle;
  }, [lang, t]);
  return (
    <div className="app">
      <Header />
      <SessionNotice />
      <PanelLayout
        content={{
          lesson: (
            <AfterShell fallback={<p className="lesson-soon">{t.welcomeIntro}</p>}>
              <LessonPanel />
            </AfterShell>
          ),
          terminal: <TerminalPanel key={epoch} />,
          views: (
            <AfterShell fallback={<p className="views-loading">{t.viewsLoading}</p>}>
              <ViewsPanel />
              <Suspense fallback={null}>
                <MiniBrowser />
              </Suspense>
            </AfterShell>
          ),
        }}
      />
      <AfterShell>
        <Suspense fallback={null}>
          <TimelineStrip />
        </Suspense>
      </AfterShell>
    </div>
  );
}
