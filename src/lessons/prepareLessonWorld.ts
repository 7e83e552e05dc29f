// A lesson's starting world: fresh, in the lesson's era and seed, with its setup lines already run
// (so the same lesson always starts from the same bytes).
import { createWorld, type World } from '../engine';
import type { Lesson } from './lessonTypes';
import { runLines } from './runLines';

export const LESSON_TERMINAL = 't1';

export function prepareLessonWorld(lesson: Pick<Lesson, 'profile' | 'seed' | 'setup'>): World {
  const world = createWorld({ profile: lesson.profile, seed: lesson.seed });
  return runLines(world, LESSON_TERMINAL, lesson.setup).world;
}
