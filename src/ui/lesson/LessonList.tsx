// The course: every lesson with its progress, and a button to start it.
import { useState } from 'react';
import { listLessons, loadLesson } from '../../lessons/lessonRegistry';
import { prepareLessonWorld } from '../../lessons/prepareLessonWorld';
import { startLesson } from '../../store';
import { format } from '../i18n/lessonStrings';
import { useAppStore } from '../useAppStore';
import { useBilingual, useLessonStrings } from './useLessonStrings';

/** Load a lesson, build its starting world and make it the session's. */
export async function beginLesson(id: string): Promise<void> {
  const lesson = await loadLesson(id);
  startLesson(id, prepareLessonWorld(lesson));
}

export function LessonList() {
  const t = useLessonStrings();
  const pick = useBilingual();
  const progress = useAppStore((state) => state.lesson.progress);
  const [failed, setFailed] = useState(false);
  return (
    <section className="lesson-list" aria-label={t.lessonsTitle}>
      <h3>{t.lessonsTitle}</h3>
      <p className="lesson-muted">{t.lessonsIntro}</p>
      {failed && <p role="alert">{t.loadFailed}</p>}
      <ol>
        {listLessons().map((meta) => {
          const done = progress[meta.id]?.done.filter((id) => meta.goalIds.includes(id)).length ?? 0;
          const total = meta.goalIds.length;
          const title = pick(meta.title);
          return (
            <li key={meta.id} className="lesson-list-item" data-lesson={meta.id}>
              <span className="lesson-list-title">
                <span className="lesson-muted">{format(t.lessonNumber, { n: meta.order })}</span> {title}
              </span>
              <span className="lesson-list-progress">
                {format(t.progress, { done, total })}
                {done === total && ` ✓ ${t.completed}`}
              </span>
              <button
                type="button"
                title={format(t.startTitle, { title })}
                aria-label={format(t.startTitle, { title })}
                onClick={() => beginLesson(meta.id).catch(() => setFailed(true))}
              >
                {t.start}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
