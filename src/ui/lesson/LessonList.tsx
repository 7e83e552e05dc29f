// The course: every lesson with its progress, and a button to start it.
import { useState } from 'react';
import { listLessons } from '../../lessons/lessonRegistry';
import { format } from '../i18n/lessonStrings';
import { useAppStore } from '../useAppStore';
import { useLessonStart } from './useLessonStart';
import { useBilingual, useLessonStrings } from './useLessonStrings';

export function LessonList() {
  const t = useLessonStrings();
  const pick = useBilingual();
  const progress = useAppStore((state) => state.lesson.progress);
  const [failed, setFailed] = useState(false);
  const starter = useLessonStart(() => setFailed(true));
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
                onClick={() => starter.start(meta.id, title)}
              >
                {t.start}
              </button>
            </li>
          );
        })}
      </ol>
      {starter.dialog}
    </section>
  );
}
