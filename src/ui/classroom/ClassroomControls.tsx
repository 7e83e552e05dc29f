// The classroom's buttons on the timeline strip (presenter mode, demos, shortcuts) and the global
// shortcuts; the demo panel and the cheat-sheet load when first needed.
import { lazy, Suspense, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useStore } from 'zustand';
import { appStore } from '../../store';
import { classroomStore } from './presenterStore';
import { togglePresenter } from './presenterMode';
import { loadDemo, nextStep, startAutoPlay, stopAutoPlay } from './demoPlayer';
import { demoFromLines, parseDemo, type DemoParse } from './demoScript';
import { classroomKey } from './classroomKeys';
import { fillIn, useClassroomStrings } from './classroomStrings';

const CheatSheet = lazy(() => import('./CheatSheet'));
const DemoPanel = lazy(() => import('./DemoPanel'));

const FIELDS = '.terminal-host, .editor-overlay, input, textarea, select, [contenteditable="true"], [role="slider"]';

export function ClassroomControls({ onDemoNotice }: { onDemoNotice: (text: string) => void }) {
  const t = useClassroomStrings();
  const { presenter, cheatSheet, demo } = useStore(classroomStore);
  const file = useRef<HTMLInputElement>(null);
  const [choosing, setChoosing] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      const action = classroomKey(event, target?.closest(FIELDS) != null, classroomStore.getState().demo !== null);
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      if (action === 'cheatSheet') classroomStore.setState({ cheatSheet: true });
      else if (action === 'presenter') togglePresenter();
      else if (action === 'nextStep') void nextStep();
      else if (action === 'autoPlay') (classroomStore.getState().autoPlay ? stopAutoPlay : startAutoPlay)();
      else if (action === 'predict') classroomStore.setState((state) => ({ predict: !state.predict }));
      else if (action === 'focusTerminal') window.pathshalaTerminal?.focus();
      else if (action === 'focusTimeline') document.querySelector<HTMLElement>('.timeline-points')?.focus();
    };
    // Capture: the chords must reach us before xterm's textarea takes them.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  const useParsed = (parsed: DemoParse) => {
    if (parsed.ok) loadDemo(parsed.demo);
    else onDemoNotice(fillIn(t.demoBadFile, { line: parsed.line, text: parsed.text }));
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    setChoosing(false);
    if (chosen) useParsed(parseDemo(chosen.size > 200_000 ? '' : await chosen.text()));
  };

  const fromLesson = async () => {
    setChoosing(false);
    const id = appStore.getState().lesson.current;
    if (!id) return;
    const { loadLesson } = await import('../../lessons/lessonRegistry');
    const lesson = await loadLesson(id);
    loadDemo(demoFromLines(lesson.title[appStore.getState().ui.lang], lesson.solution));
  };

  return (
    <>
      <button type="button" className="timeline-button" aria-pressed={presenter} title={t.presenterTitle} onClick={togglePresenter}>
        {t.presenter}
      </button>
      <button type="button" className="timeline-button" aria-expanded={choosing} title={t.demoTitle} onClick={() => setChoosing(!choosing)}>
        {t.demo}
      </button>
      {choosing && (
        <span className="demo-choose">
          <button type="button" className="timeline-button" onClick={() => file.current?.click()}>
            {t.demoOpenFile}
          </button>
          {appStore.getState().lesson.current && (
            <button type="button" className="timeline-button" onClick={() => void fromLesson()}>
              {t.demoFromLesson}
            </button>
          )}
        </span>
      )}
      <input ref={file} type="file" accept=".md,.txt,text/markdown,text/plain" hidden onChange={(e) => void onFile(e)} />
      <button type="button" className="timeline-button" title={t.cheatSheetHint} aria-label={t.cheatSheetHint} onClick={() => classroomStore.setState({ cheatSheet: true })}>
        ?
      </button>
      <Suspense fallback={null}>
        {cheatSheet && <CheatSheet onClose={() => classroomStore.setState({ cheatSheet: false })} />}
        {demo && <DemoPanelPortal />}
      </Suspense>
    </>
  );
}

/** The demo panel sits above the strip, full width (the strip is a flex row). */
function DemoPanelPortal() {
  return (
    <div className="demo-panel-slot">
      <DemoPanel />
    </div>
  );
}
