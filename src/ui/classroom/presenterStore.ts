// Presenter mode and the demo player's state: page-level settings of the classroom tools, kept out
// of the app store (nothing here is part of a session or saved with it).
import { createStore } from 'zustand/vanilla';
import type { DemoScript } from './demoScript';

export interface ClassroomState {
  presenter: boolean;
  /** "Predict, then run": a demo step shows its command and waits for a key to run it. */
  predict: boolean;
  cheatSheet: boolean;
  demo: DemoScript | null;
  /** Steps done (typed and run, or shown for predicting). */
  step: number;
  /** A step's command is in the terminal's line, not run yet (predict mode). */
  waitingToRun: boolean;
  autoPlay: boolean;
  /** Milliseconds between an answer and the next command in auto-play. */
  delayMs: number;
}

export const classroomStore = createStore<ClassroomState>(() => ({
  presenter: false,
  predict: false,
  cheatSheet: false,
  demo: null,
  step: 0,
  waitingToRun: false,
  autoPlay: false,
  delayMs: 2500,
}));
