// One goal: its state in words and a mark (not colour alone), the check's own explanation of what
// is missing, and a hint — each shown on request.
import { useState } from 'react';
import type { GoalState } from '../../lessons/checkGoals';
import type { Goal } from '../../lessons/lessonTypes';
import { useBilingual, useLessonStrings } from './useLessonStrings';

export function GoalItem({ goal, state, reachedBefore }: { goal: Goal; state: GoalState; reachedBefore: boolean }) {
  const t = useLessonStrings();
  const pick = useBilingual();
  const [shown, setShown] = useState<'missing' | 'hint' | null>(null);
  // A once-goal is a stage the lesson later takes apart: reached once, it stays ticked.
  const done = state.met || (goal.once === true && reachedBefore);
  const status = state.met ? t.goalMet : done ? t.goalReachedOnce : reachedBefore ? t.goalReachedBefore : t.goalNotMet;
  const toggle = (what: 'missing' | 'hint') => setShown((now) => (now === what ? null : what));
  return (
    <li className={`lesson-goal ${done ? 'met' : 'open'}`} data-goal={goal.id} data-met={done}>
      <span className="lesson-goal-mark" aria-hidden="true">
        {done ? '✓' : '○'}
      </span>
      <span className="lesson-goal-text">
        {pick(goal.text)} <span className="lesson-goal-status">({status})</span>
      </span>
      <span className="lesson-goal-actions">
        {!done && (
          <button type="button" aria-expanded={shown === 'missing'} onClick={() => toggle('missing')}>
            {t.whatIsMissing}
          </button>
        )}
        <button type="button" aria-expanded={shown === 'hint'} onClick={() => toggle('hint')}>
          {t.hint}
        </button>
      </span>
      {shown === 'missing' && !done && state.missing && (
        <p className="lesson-goal-note" role="status">
          {pick(state.missing)}
        </p>
      )}
      {shown === 'hint' && <p className="lesson-goal-note">{pick(goal.hint)}</p>}
    </li>
  );
}
