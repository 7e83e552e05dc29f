// The lesson panel's shell, kept tiny for the first load: the Bangla-input note, then the lesson
// workspace (runtime, Markdown, lessons), which loads as a chunk of its own.
import { lazy, Suspense } from 'react';
import { BanglaNote } from './BanglaNote';
import { useAppStore, useStrings } from './useAppStore';

const LessonWorkspace = lazy(() => import('./lesson/LessonWorkspace'));

export function LessonPanel() {
  const t = useStrings();
  const showNote = useAppStore((state) => state.ui.banglaNote);
  return (
    <div className="lesson">
      {showNote && <BanglaNote />}
      <Suspense fallback={<p className="lesson-soon">{t.welcomeIntro}</p>}>
        <LessonWorkspace />
      </Suspense>
    </div>
  );
}
