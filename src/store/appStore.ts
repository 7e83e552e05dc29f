// The one store. Vanilla zustand (no React) so the terminal and headless code can use it too;
// React reads it through `useStore`. Updates go through immer, so actions write plain mutations.
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import type { WorldOptions } from '../engine';
import type { AppState } from './appState';
import { createSessionSlice } from './sessionSlice';
import { createUiSlice } from './uiSlice';
import { createLessonSlice } from './lessonSlice';

export type AppStore = Mutate<StoreApi<AppState>, [['zustand/immer', never]]>;

export function createAppStore(options: WorldOptions = {}): AppStore {
  return createStore<AppState>()(
    immer((...a) => ({
      ...createSessionSlice(options)(...a),
      ui: createUiSlice(...a),
      lesson: createLessonSlice(...a),
    })),
  );
}

/** The page's store. Tests make their own with createAppStore(). */
export const appStore: AppStore = createAppStore();
