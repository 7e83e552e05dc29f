// The open lesson: one section of prose at a time, then the goals ticking live against the world,
// the solution and the concept checks.
import { useEffect, useMemo, useState } from 'react';
import { checkLesson } from '../../lessons/checkGoals';
import { loadLesson, loadSections } from '../../lessons/lessonRegistry';
import type { Lesson, LessonSection } from '../../lessons/lessonTypes';
import { openSandbox, recordGoals, setLessonSection } from '../../store';
import { format } from '../i18n/lessonStrings';
import { useAppStore } from '../useAppStore';
import { ConceptChecks } from './ConceptChecks';
import { GoalList } from './GoalList';
import { Markdown } from './Markdown';
import { Solution } from './Solution';
import { useLessonStart } from './useLessonStart';
import { useBilingual, useLessonStrings } from './useLessonStrings';

function useLessonContent(id: string) {
  const lang = useAppStore((state) => state.ui.lang);
  const [lesson, setLesson] = useState<Lesson | null>(null);
  const [sections, setSections] = useState<LessonSection[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadLesson(id).then((l) => live && setLesson(l), () => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [id]);
  useEffect(() => {
    let live = true;
    loadSections(id, lang).then((s) => live && setSections(s), () => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [id, lang]);
  return { lesson: lesson?.id === id ? lesson : null, sections, failed };
}

export function LessonView({ id }: { id: string }) {
  const t = useLessonStrings();
  const pick = useBilingual();
  const { lesson, sections, failed } = useLessonContent(id);
  const [startFailed, setStartFailed] = useState(false);
  const starter = useLessonStart(() => setStartFailed(true));
  const world = useAppStore((state) => state.world);
  const sectionIndex = useAppStore((state) => state.lesson.section);
  const reached = useAppStore((state) => state.lesson.progress[id]?.done ?? []);

  const states = useMemo(() => new Map(lesson ? checkLesson(lesson, world).map((s) => [s.id, s]) : []), [lesson, world]);
  const metNow = [...states.values()].filter((s) => s.met).map((s) => s.id);
  const metKey = metNow.join(',');
  useEffect(() => {
    if (metKey) recordGoals(id, metKey.split(','));
  }, [id, metKey]);

  if (failed || startFailed) return <p role="alert">{t.loadFailed}</p>;
  if (!lesson || !sections) return <p className="lesson-muted">{t.loading}</p>;

  const index = Math.min(sectionIndex, sections.length - 1);
  const section = sections[index];
  const complete = lesson.goalIds.every((g) => reached.includes(g) || metNow.includes(g));
  return (
    <article className="lesson-view" data-lesson={id}>
      <div className="lesson-toolbar">
        <button type="button" onClick={() => openSandbox()}>
          ← {t.backToList}
        </button>
        <button type="button" title={t.restartTitle} onClick={() => starter.start(id, pick(lesson.title))}>
          {t.restart}
        </button>
      </div>
      {starter.dialog}
      <h3>{pick(lesson.title)}</h3>
      <nav className="lesson-sections" aria-label={t.sections}>
        <button type="button" disabled={index === 0} onClick={() => setLessonSection(index - 1)}>
          ‹ {t.prev}
        </button>
        <span aria-live="polite">{format(t.sectionOf, { n: index + 1, total: sections.length })}</span>
        <button type="button" disabled={index >= sections.length - 1} onClick={() => setLessonSection(index + 1)}>
          {t.next} ›
        </button>
      </nav>
      <section className="lesson-section" aria-label={section.title}>
        <h4>{section.title}</h4>
        <Markdown source={section.body} />
      </section>
      {complete && (
        <p className="lesson-celebrate" role="status">
          <span aria-hidden="true">✓ </span>
          {t.celebrate}
        </p>
      )}
      <GoalList title={t.goalsTitle} goals={lesson.goals} states={states} reached={reached} />
      <GoalList title={t.challengeTitle} goals={lesson.challenge} states={states} reached={reached} />
      <Solution lines={lesson.solution} />
      <ConceptChecks checks={lesson.conceptChecks} />
    </article>
  );
}
