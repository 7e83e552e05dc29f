// The lesson panel: a welcome text until the lesson runtime lands, and the Bangla-input note.
import { BanglaNote } from './BanglaNote';
import { useAppStore, useStrings } from './useAppStore';

export function LessonPanel() {
  const t = useStrings();
  const showNote = useAppStore((state) => state.ui.banglaNote);
  return (
    <div className="lesson">
      {showNote && <BanglaNote />}
      <h3>{t.welcomeTitle}</h3>
      <p>{t.welcomeIntro}</p>
      <p>{t.welcomeTry}</p>
      <pre className="lesson-command">
        <code>docker run hello-world</code>
      </pre>
      <p className="lesson-soon">{t.welcomeSoon}</p>
    </div>
  );
}
