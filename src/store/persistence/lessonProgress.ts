// The lesson part of a saved session. It is optional and read leniently: a missing or malformed
// value (an older save, a hand edit) only loses the lesson progress, never the whole session.
import type { LessonSlice, SavedLessonState } from '../lessonSlice';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

export function savedLesson(lesson: LessonSlice): SavedLessonState {
  return { current: lesson.current, section: lesson.section, progress: lesson.progress };
}

export function readLessonState(data: unknown): SavedLessonState | null {
  if (!isObj(data)) return null;
  const { current, section, progress } = data;
  if (current !== null && typeof current !== 'string') return null;
  if (typeof section !== 'number' || !Number.isInteger(section) || section < 0) return null;
  if (!isObj(progress)) return null;
  const clean: SavedLessonState['progress'] = {};
  for (const [id, entry] of Object.entries(progress)) {
    if (!isObj(entry) || !Array.isArray(entry.done) || !entry.done.every((g) => typeof g === 'string')) return null;
    clean[id] = { done: [...entry.done] as string[] };
  }
  return { current, section, progress: clean };
}
