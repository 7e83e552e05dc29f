// Module-level actions: the only way the terminal and the UI change the store. Each one calls the
// shell once, stores the new world and returns what the terminal must show.
import type { LineOutcome } from '../shell';
import { appStore, type AppStore } from './appStore';
import { loadShell, promptOf, requireShell, shellIfLoaded } from './shellRuntime';
import { logEvents } from './sessionSlice';
import { noteStderr } from './lessonSlice';
import type { Lang, PanelId } from './uiSlice';
import { recordStep, timelineOf } from './timeline/timelineStore';

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
  const shell = shellIfLoaded();
  if (!shell) return waitForShell(line, store, terminalId);
  const { world } = store.getState();
  const bangla = hasBangla(line);
  const outcome = recordStep(store, { k: 'line', t: terminalId, line }, world, shell.runLine(world, terminalId, line));
  return commit(store, outcome, terminalId, (state) => {
    state.ui.banglaNote = bangla;
    // The note lives in the lesson panel, so a student who hid it must see it come back.
    if (bangla) state.ui.panels.lesson.collapsed = false;
  }, line.trim() !== '');
}

/** Move the virtual clock on by `ms` of wall time while a foreground job runs (`cols`: the terminal's width). */
export function advanceClock(ms: number, store: AppStore = appStore, terminalId = store.getState().terminalId, cols?: number): StepResult {
  const waiting = waitingLines(store);
  const line = waiting.get(terminalId);
  if (line !== undefined) {
    // The wait for the shell's chunk is no simulated time: the line starts when the shell is in.
    if (!shellIfLoaded()) return WAITING;
    waiting.delete(terminalId);
    return runLine(line, store, terminalId);
  }
  const { world } = store.getState();
  const step = cols === undefined ? { k: 'adv' as const, t: terminalId, ms: [ms] } : { k: 'adv' as const, t: terminalId, ms: [ms], cols };
  return commit(store, recordStep(store, step, world, requireShell().advance(world, terminalId, ms, { cols })), terminalId);
}

/**
 * The idle clock (terminal/idleClock.ts): move the world on by `ms` of wall time while the active
 * terminal `terminalId` waits at its prompt. Null (nothing moved) when the clock is someone else's:
 * the shell is not loaded yet, another tab is shown, a job runs anywhere (its frame loop moves the
 * clock) or a line waits for the shell, or the timeline stands behind its end (recording would drop
 * what redo could bring back).
 */
export function advanceIdleClock(ms: number, store: AppStore = appStore, terminalId = store.getState().terminalId, cols?: number): StepResult | null {
  const shell = shellIfLoaded();
  const state = store.getState();
  if (!shell || state.terminalId !== terminalId || state.running || waitingLines(store).size > 0) return null;
  const { world } = state;
  if (!world.terminals[terminalId] || Object.values(world.terminals).some((terminal) => terminal.job !== null)) return null;
  if (timelineBehind(store)) return null;
  const step = cols === undefined ? { k: 'adv' as const, t: terminalId, ms: [ms] } : { k: 'adv' as const, t: terminalId, ms: [ms], cols };
  const outcome = recordStep(store, step, world, shell.advance(world, terminalId, ms, { cols }));
  // No line ran: $? stays the last command's.
  const exitCode = state.lastExitCode;
  return commit(store, outcome, terminalId, (draft) => {
    draft.lastExitCode = exitCode;
  });
}

/** Ctrl-C: stop the foreground job, or drop the line being typed. */
export function interrupt(store: AppStore = appStore, terminalId = store.getState().terminalId): StepResult {
  waitingLines(store).delete(terminalId);
  const shell = shellIfLoaded();
  if (!shell) {
    // Only the tty's echo: no command ran yet, so there is nothing for the shell to stop.
    const prompt = promptOf(store.getState().world, terminalId);
    setRunning(store, terminalId, false, prompt);
    return { output: [{ stream: 'stdout', text: '^C\n' }], prompt, running: false };
  }
  const { world } = store.getState();
  return commit(store, recordStep(store, { k: 'int', t: terminalId }, world, shell.interrupt(world, terminalId)), terminalId);
}

/** The prompt the terminal should show now. */
export function currentPrompt(store: AppStore = appStore, terminalId = store.getState().terminalId): string {
  return promptOf(store.getState().world, terminalId);
}

// A line entered before the shell's chunk arrived (the browser loads it after the first paint)
// waits as a running job: the terminal keeps the keys typed meanwhile as type-ahead and calls
// advanceClock each frame, which runs the line as soon as the shell is in. Ctrl-C drops it.
const WAITING: StepResult = { output: [], prompt: '', running: true };
const waitingByStore = new WeakMap<AppStore, Map<string, string>>();

function waitingLines(store: AppStore): Map<string, string> {
  let lines = waitingByStore.get(store);
  if (!lines) waitingByStore.set(store, (lines = new Map()));
  return lines;
}

function waitForShell(line: string, store: AppStore, terminalId: string): StepResult {
  waitingLines(store).set(terminalId, line);
  void loadShell();
  setRunning(store, terminalId, true, '');
  return WAITING;
}

function setRunning(store: AppStore, terminalId: string, running: boolean, prompt: string): void {
  store.setState((state) => {
    if (terminalId !== state.terminalId) return;
    state.running = running;
    state.prompt = prompt;
  });
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

function timelineBehind(store: AppStore): boolean {
  const { timeline } = timelineOf(store);
  return timeline.cursor < timeline.log.length;
}
