// Short multiple-choice questions; each answer, once chosen, says why it is right or wrong.
import { useState } from 'react';
import type { ConceptCheck } from '../../lessons/lessonTypes';
import { useBilingual, useLessonStrings } from './useLessonStrings';

function Question({ check }: { check: ConceptCheck }) {
  const t = useLessonStrings();
  const pick = useBilingual();
  const [chosen, setChosen] = useState<number | null>(null);
  const answer = chosen === null ? null : check.choices[chosen];
  return (
    <fieldset className="lesson-quiz-question">
      <legend>{pick(check.question)}</legend>
      {check.choices.map((choice, i) => (
        <label key={i} className="lesson-quiz-choice">
          <input type="radio" name={`quiz-${check.id}`} checked={chosen === i} onChange={() => setChosen(i)} /> {pick(choice.text)}
        </label>
      ))}
      {answer && (
        <p className={`lesson-quiz-explain ${answer.correct ? 'right' : 'wrong'}`} role="status">
          <strong>{answer.correct ? `✓ ${t.quizRight}` : `✗ ${t.quizWrong}`}:</strong> {pick(answer.explain)}
        </p>
      )}
    </fieldset>
  );
}

export function ConceptChecks({ checks }: { checks: ConceptCheck[] }) {
  const t = useLessonStrings();
  if (checks.length === 0) return null;
  return (
    <section className="lesson-quiz" aria-label={t.quizTitle}>
      <h4>{t.quizTitle}</h4>
      {checks.map((check) => (
        <Question key={check.id} check={check} />
      ))}
    </section>
  );
}
