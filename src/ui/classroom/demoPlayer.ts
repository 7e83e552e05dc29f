// Plays a demo into the active terminal: each step types its command live, then runs it (or, in
// "predict, then run", waits for the next key so the class can guess first). Auto-play steps on by
// itself once the terminal is idle again, after the chosen delay and the step's pause.
import { appStore } from '../../store';
import { classroomStore } from './presenterStore';
import type { DemoScript } from './demoScript';

/** What the player types into: the active terminal (see TerminalView's window.pathshalaTerminal). */
export interface Typer {
  input(data: string): void;
}

const TYPE_MS = 28;

function activeTerminal(): Typer | null {
  return window.pathshalaTerminal ?? null;
}

let typing = false;
let autoTimer: ReturnType<typeof setTimeout> | null = null;

export function loadDemo(demo: DemoScript): void {
  stopAutoPlay();
  classroomStore.setState((state) => ({ demo, step: 0, waitingToRun: false, delayMs: demo.delayMs ?? state.delayMs }));
}

export function closeDemo(): void {
  stopAutoPlay();
  classroomStore.setState({ demo: null, step: 0, waitingToRun: false });
}

/** →: run the command waiting to be predicted, or type the next one. False when nothing could happen now. */
export async function nextStep(terminal: Typer | null = activeTerminal()): Promise<boolean> {
  const { demo, step, waitingToRun, predict } = classroomStore.getState();
  if (!demo || !terminal || typing || appStore.getState().running) return false;
  if (waitingToRun) {
    classroomStore.setState({ waitingToRun: false });
    terminal.input('\r');
    return true;
  }
  if (step >= demo.steps.length) return false;
  typing = true;
  classroomStore.setState({ step: step + 1 });
  try {
    for (const char of demo.steps[step].command) {
      terminal.input(char);
      await new Promise((resolve) => setTimeout(resolve, TYPE_MS));
    }
  } finally {
    typing = false;
  }
  if (predict) classroomStore.setState({ waitingToRun: true });
  else terminal.input('\r');
  return true;
}

export function startAutoPlay(): void {
  classroomStore.setState({ autoPlay: true });
  schedule(0);
}

export function stopAutoPlay(): void {
  if (autoTimer !== null) clearTimeout(autoTimer);
  autoTimer = null;
  classroomStore.setState({ autoPlay: false });
}

function schedule(ms: number): void {
  if (autoTimer !== null) clearTimeout(autoTimer);
  autoTimer = setTimeout(() => void autoStep(), ms);
}

async function autoStep(): Promise<void> {
  autoTimer = null;
  const { autoPlay, demo, step, waitingToRun, delayMs } = classroomStore.getState();
  if (!autoPlay || !demo) return;
  if (step >= demo.steps.length && !waitingToRun) {
    stopAutoPlay();
    return;
  }
  // A command still running (a pull, a sleep): look again shortly.
  if (typing || appStore.getState().running) {
    schedule(100);
    return;
  }
  const moved = await nextStep();
  if (!moved) {
    schedule(200);
    return;
  }
  const next = demo.steps[classroomStore.getState().step];
  schedule(classroomStore.getState().waitingToRun ? delayMs : delayMs + (next?.pauseMs ?? 0));
}
