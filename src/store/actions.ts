// Module-level actions: the only way the terminal and the UI change the store. Each one calls the
// shell once, stores the new world and returns what the terminal must show.
import * as shell from '../shell';
import type { LineOutcome } from '../shell';
import { appStore, type AppStore } from './appStore';
import { logEvents } from './sessionSlice';
import { noteStderr } from './lessonSlice';
import type { Lang, PanelId } from './uiSlice';

/** What the terminal shows after a shell call (the outcome without the world). */
export interface StepResult {
  output: LineOutcome['output'];
  prompt: string;
  running: boolean;
  clear?: boolean;
}

const BANGLA = /[\u0980-\u09ff]/;

export function hasBangla(text: string): boolean {
  return BANGLA.test(text);
}

function commit(
  store: AppStore,
  outcome: LineOutcome,
  terminalId: string,
  update?: (state: ReturnType<AppStore['getState']>) => void,
  newLine = false,
): StepResult {
  store.setState((state) => {
    state.world = outcome.world;
    // The prompt and exit code shown are the active tab's; another tab's job only moves the world.
    if (terminalId === state.terminalId) {
      state.running = outcome.running;
      state.prompt = outcome.prompt;
      if (!outcome.running) state.lastExitCode = outcome.exitCode;
      // The lesson panel explains known errors of the last line (a pull's failure comes later, from the job).
      noteStderr(state.lesson, outcome.output, newLine);
    }
    logEvents(state, outcome.events, outcome.world.now);
    update?.(state);
  });
  const result: StepResult = { output: outcome.output, prompt: outcome.prompt, running: outcome.running };
  if (outcome.clear) result.clear = true;
  return result;
}

/** Run one line typed at a terminal (the active tab's unless another is named). */
export function runLine(line: string, store: AppStore = appStore, terminalId = store.getState().terminalId): StepResult {
  const { world } = store.getState();
  const bangla = hasBangla(line);
  return commit(store, shell.runLine(world, terminalId, line), terminalId, (state) => {
    state.ui.banglaNote = bangla;
    // The note lives in the lesson panel, so a student who hid it must see it come back.
    if (bangla) state.ui.panels.lesson.collapsed = false;
  }, line.trim() !== '');
}

/** Move the virtual clock on by `ms` of wall time while a foreground job runs (`cols`: the terminal's width). */
export function advanceClock(ms: number, store: AppStore = appStore, terminalId = store.getState().terminalId, cols?: number): StepResult {
  return commit(store, shell.advance(store.getState().world, terminalId, ms, { cols }), terminalId);
}

/** Ctrl-C: stop the foreground job, or drop the line being typed. */
export function interrupt(store: AppStore = appStore, terminalId = store.getState().terminalId): StepResult {
  return commit(store, shell.interrupt(store.getState().world, terminalId), terminalId);
}

/** The prompt the terminal should show now. */
export function currentPrompt(store: AppStore = appStore, terminalId = store.getState().terminalId): string {
  return shell.getPrompt(store.getState().world, terminalId);
}

export function setLang(lang: Lang, store: AppStore = appStore): void {
  store.setState((state) => {
    state.ui.lang = lang;
  });
}

export function setPanelCollapsed(panel: PanelId, collapsed: boolean, store: AppStore = appStore): void {
  store.setState((state) => {
    state.ui.panels[panel].collapsed = collapsed;
  });
}

/** Set the flex weights of two neighbouring panels after the splitter between them moved. */
export function resizePanels(
  sizes: Partial<Record<PanelId, number>>,
  store: AppStore = appStore,
): void {
  store.setState((state) => {
    for (const [panel, weight] of Object.entries(sizes) as [PanelId, number][]) {
      if (Number.isFinite(weight) && weight > 0) state.ui.panels[panel].weight = weight;
    }
  });
}

export function dismissBanglaNote(store: AppStore = appStore): void {
  store.setState((state) => {
    state.ui.banglaNote = false;
  });
}
