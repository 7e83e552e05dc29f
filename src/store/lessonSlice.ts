// The lesson the student is in (or none: the sandbox), the section shown, the goals reached per
// lesson, and two hand-offs: the last command's stderr (for the panel's error hints) and text the
// panel asks the terminal to type without running it.
import type { StateCreator } from 'zustand';
import type { Chunk } from '../shell';
import type { AppState } from './appState';

export interface LessonProgress {
  /** Goal ids (challenge included) that held at some point. */
  done: string[];
}

/** What of the lesson state is saved with the session. */
export interface SavedLessonState {
  current: string | null;
  section: number;
  progress: Record<string, LessonProgress>;
}

export interface LessonSlice extends SavedLessonState {
  /** stderr of the active terminal's last command line (not saved). */
  lastStderr: string;
  /** Text waiting to be typed into the active terminal's line; `seq` tells repeats apart. */
  fill: { seq: number; text: string } | null;
  fillSeq: number;
}

export function initialLesson(): LessonSlice {
  return { current: null, section: 0, progress: {}, lastStderr: '', fill: null, fillSeq: 0 };
}

export const createLessonSlice: StateCreator<AppState, [['zustand/immer', never]], [], LessonSlice> = () => initialLesson();

/** Follow a command line's stderr: a new line starts afresh, a job's later output adds to it. */
export function noteStderr(lesson: LessonSlice, output: readonly Chunk[], newLine: boolean): void {
  if (newLine) lesson.lastStderr = '';
  for (const chunk of output) if (chunk.stream === 'stderr' && !chunk.transient) lesson.lastStderr += chunk.text;
}
