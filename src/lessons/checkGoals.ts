// Goal checks over a world: every goal of a lesson with its state, for the panel and the tests.
// A check that throws (a half-built world the author did not foresee) counts as not met.
import type { World } from '../engine';
import { DEFAULT_HOST } from '../engine';
import type { Bilingual, Goal, GoalCtx, Lesson } from './lessonTypes';

export interface GoalState {
  id: string;
  met: boolean;
  /** Why it is not met yet (absent when met). */
  missing?: Bilingual;
}

const UNKNOWN: Bilingual = {
  bn: 'এই লক্ষ্যটি এখনো পূরণ হয়নি।',
  en: 'This goal is not met yet.',
};

export function checkGoal(goal: Goal, world: World, ctx: GoalCtx = { host: DEFAULT_HOST }): GoalState {
  try {
    const result = goal.check(world, ctx);
    return result === true ? { id: goal.id, met: true } : { id: goal.id, met: false, missing: result.missing };
  } catch {
    return { id: goal.id, met: false, missing: UNKNOWN };
  }
}

/** The lesson's goals, then its challenge, each checked against `world`. */
export function checkLesson(lesson: Pick<Lesson, 'goals' | 'challenge'>, world: World, ctx?: GoalCtx): GoalState[] {
  return [...lesson.goals, ...lesson.challenge].map((goal) => checkGoal(goal, world, ctx));
}
