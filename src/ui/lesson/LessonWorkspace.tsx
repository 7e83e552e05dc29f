// The lazily loaded body of the lesson panel: the open lesson, or the sandbox with the course list;
// the explanation of a known error in either.
import { Snippet } from './Snippet';
import { ErrorHintNote } from './ErrorHintNote';
import { LessonList } from './LessonList';
import { LessonView } from './LessonView';
import { getLessonMeta } from '../../lessons/lessonRegistry';
import { useAppStore, useStrings } from '../useAppStore';
import { useLessonStrings } from './useLessonStrings';
import './lesson.css';

export default function LessonWorkspace() {
  const t = useLessonStrings();
  const page = useStrings();
  const current = useAppStore((state) => state.lesson.current);
  // A saved session may name a lesson this build no longer has: the sandbox then.
  const open = current !== null && getLessonMeta(current) ? current : null;
  return (
    <div className="lesson-workspace">
      <ErrorHintNote />
      {open ? (
        <LessonView key={open} id={open} />
      ) : (
        <>
          <section className="lesson-sandbox" aria-label={t.sandboxTitle}>
            <h3>{page.welcomeTitle}</h3>
            <p>{page.welcomeIntro}</p>
            <p>
              <strong>{t.sandboxTitle}:</strong> {t.sandboxBody}
            </p>
            <div className="lesson-snippets">
              <Snippet command="docker run hello-world" />
            </div>
          </section>
          <LessonList />
        </>
      )}
    </div>
  );
}
