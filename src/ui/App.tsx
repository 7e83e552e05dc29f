// The page: header over the three panels.
import { useEffect } from 'react';
import { Header } from './Header';
import { LessonPanel } from './LessonPanel';
import { MiniBrowser } from './MiniBrowser';
import { PanelLayout } from './PanelLayout';
import { SessionNotice } from './SessionNotice';
import { TerminalPanel } from './TerminalPanel';
import { ViewsPanel } from './ViewsPanel';
import { useAppStore, useStrings } from './useAppStore';

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
      <PanelLayout content={{ lesson: <LessonPanel />, terminal: <TerminalPanel key={epoch} />, views: <><ViewsPanel /><MiniBrowser /></> }} />
    </div>
  );
}
