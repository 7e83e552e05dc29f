// Store actions of the lesson panel. Starting a lesson replaces the world with the lesson's prepared
// one (made by the lesson runtime) and remounts the terminal on it; progress is kept per lesson.
import type { World } from '../engine';
import { appStore, type AppStore } from './appStore';
import { initialBrowser } from './browser/browserPage';
import { initialSession } from './sessionSlice';
import { promptOf } from './shellRuntime';

/** Enter lesson `id` on its starting world (fresh world, setup run). */
export function startLesson(id: string, world: World, store: AppStore = appStore): void {
  store.setState((state) => {
    const terminalId = Object.keys(world.terminals)[0] ?? 't1';
    Object.assign(state, initialSession({}, terminalId));
    state.world = world;
    state.prompt = promptOf(world, terminalId);
    state.ui.sessionEpoch += 1;
    state.ui.browser = initialBrowser();
    state.lesson.current = id;
    state.lesson.section = 0;
    state.lesson.lastStderr = '';
    state.lesson.fill = null;
    state.lesson.progress[id] ??= { done: [] };
  });
}

/** Leave the lesson: the sandbox keeps the world as it is. */
export function openSandbox(store: AppStore = appStore): void {
  store.setState((state) => {
    state.lesson.current = null;
  });
}

/** Go back to a lesson already started, on the world as it is now. */
export function resumeLesson(id: string, store: AppStore = appStore): void {
  store.setState((state) => {
    state.lesson.current = id;
    state.lesson.section = 0;
  });
}

export function setLessonSection(section: number, store: AppStore = appStore): void {
  store.setState((state) => {
    state.lesson.section = Math.max(0, Math.floor(section));
  });
}

/** Remember goals that hold now (goals once reached stay reached in the progress). */
export function recordGoals(lessonId: string, goalIds: readonly string[], store: AppStore = appStore): void {
  const known = store.getState().lesson.progress[lessonId]?.done ?? [];
  const fresh = goalIds.filter((id) => !known.includes(id));
  if (fresh.length === 0) return;
  store.setState((state) => {
    const progress = (state.lesson.progress[lessonId] ??= { done: [] });
    progress.done.push(...fresh);
  });
}

/**
 * Ask the active terminal to type `text` into its line (it does not run it). A block of several
 * lines (a heredoc) keeps its line breaks and indentation: the terminal takes it as a paste.
 */
export function fillTerminal(text: string, store: AppStore = appStore): void {
  const block = text.replace(/\r\n?/g, '\n').replace(/^\s*\n/, '').trimEnd().replace(/^[ \t]+/, '');
  store.setState((state) => {
    state.lesson.fillSeq += 1;
    state.lesson.fill = { seq: state.lesson.fillSeq, text: block };
    state.ui.panels.terminal.collapsed = false;
  });
}

/** The terminal takes the waiting text (once). */
export function takeTerminalFill(store: AppStore = appStore): string | null {
  const fill = store.getState().lesson.fill;
  if (!fill) return null;
  store.setState((state) => {
    state.lesson.fill = null;
  });
  return fill.text;
}
