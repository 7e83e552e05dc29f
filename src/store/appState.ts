// The whole store state: one object, built from slices.
import type { SessionSlice } from './sessionSlice';
import type { UiSlice } from './uiSlice';
import type { LessonSlice } from './lessonSlice';

export interface AppState extends SessionSlice {
  ui: UiSlice;
  lesson: LessonSlice;
}
