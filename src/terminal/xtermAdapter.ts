// The thin xterm 6 skin: a DOM-rendered terminal that fits its box, fed by the terminal controller.
// Everything that decides what to show lives in terminalController.ts; this only wires the screen.
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import { advanceClock, advanceIdleClock, appStore, completeLine, currentPrompt, interrupt, runLine, terminalHistory } from '../store';
import { createTerminalController, type FrameClock, type IdleTimer, type ShellBackend } from './terminalController';

/** Bangla breaks inside xterm (see stack notes), so a Bengali font comes last: stray text stays legible. */
export const TERMINAL_FONT_FAMILY =
  '"DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, "Courier New", monospace, "Noto Sans Bengali"';

/** The store's actions bound to one terminal, so each host tab drives its own shell. */
export function terminalBackend(terminalId: string): ShellBackend {
  return {
    runLine: (line) => runLine(line, appStore, terminalId),
    advanceClock: (ms, cols) => advanceClock(ms, appStore, terminalId, cols),
    advanceIdleClock: (ms, cols) => advanceIdleClock(ms, appStore, terminalId, cols),
    interrupt: () => interrupt(appStore, terminalId),
    getPrompt: () => currentPrompt(appStore, terminalId),
    complete: (line, cursor) => completeLine(terminalId, line, cursor),
    getHistory: () => terminalHistory(terminalId),
  };
}

const animationFrames: FrameClock = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

// performance.now is monotonic, so the idle clock never sees wall time run backwards.
const wallTimer: IdleTimer = {
  now: () => performance.now(),
  every: (ms, callback) => window.setInterval(callback, ms),
  cancel: (handle) => window.clearInterval(handle),
};

export interface MountedTerminal {
  focus(): void;
  /** Columns after the last fit. */
  cols(): number;
  /** The screen as text, wrapped rows joined back into their lines (tests and debugging read this). */
  readText(): string;
  /** xterm's screenReaderMode: rows mirrored into a live region that screen readers read. */
  setScreenReaderMode(on: boolean): void;
  /** Type `text` into the line without running it. */
  fill(text: string): void;
  /** Keys as typed (a demo types its next command live, `\r` runs it). */
  input(data: string): void;
  dispose(): void;
}

/** Font size and colours of every terminal; presenter mode (ui/classroom) changes them all at once. */
export interface TerminalLook {
  fontSize: number;
  theme: { background: string; foreground: string; cursor: string; selectionBackground: string };
}

export const DEFAULT_TERMINAL_LOOK: TerminalLook = {
  fontSize: 14,
  theme: { background: '#0f1419', foreground: '#e6e1cf', cursor: '#f29718', selectionBackground: '#33415e' },
};

let look = DEFAULT_TERMINAL_LOOK;
const mountedTerminals = new Set<{ term: Terminal; fit: FitAddon }>();

export function setTerminalLook(next: TerminalLook): void {
  look = next;
  for (const { term, fit } of mountedTerminals) {
    term.options.fontSize = next.fontSize;
    term.options.theme = next.theme;
    fitSafely(fit);
  }
}

export function mountTerminal(element: HTMLElement, backend: ShellBackend, screenReader = false): MountedTerminal {
  const term = new Terminal({
    fontFamily: TERMINAL_FONT_FAMILY,
    fontSize: look.fontSize,
    lineHeight: 1.15,
    cursorBlink: true,
    scrollback: 5000,
    allowProposedApi: false,
    screenReaderMode: screenReader,
    theme: look.theme,
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(element);
  fitSafely(fit);
  const entry = { term, fit };
  mountedTerminals.add(entry);

  const controller = createTerminalController(
    backend,
    { write: (data) => term.write(data), cols: () => term.cols },
    animationFrames,
    wallTimer,
  );
  const input = term.onData((data) => controller.input(data));

  // Refit at most once a frame while panels are dragged or the window resizes.
  let fitFrame: number | null = null;
  const observer = new ResizeObserver(() => {
    if (fitFrame !== null) return;
    fitFrame = requestAnimationFrame(() => {
      fitFrame = null;
      fitSafely(fit);
    });
  });
  observer.observe(element);

  controller.start();

  return {
    focus: () => term.focus(),
    cols: () => term.cols,
    readText: () => readBuffer(term),
    setScreenReaderMode(on) {
      term.options.screenReaderMode = on;
    },
    fill: (text) => controller.fill(text),
    input: (data) => controller.input(data),
    dispose() {
      mountedTerminals.delete(entry);
      observer.disconnect();
      if (fitFrame !== null) cancelAnimationFrame(fitFrame);
      input.dispose();
      controller.dispose();
      term.dispose();
    },
  };
}

// A collapsed (hidden) panel has no size; fitting then would shrink the terminal to nothing.
function fitSafely(fit: FitAddon): void {
  const dims = fit.proposeDimensions();
  if (dims && dims.cols > 1 && dims.rows > 1) fit.fit();
}

function readBuffer(term: Terminal): string {
  const buffer = term.buffer.active;
  const lines: string[] = [];
  for (let i = 0; i < buffer.length; i++) {
    const row = buffer.getLine(i);
    if (!row) continue;
    const text = row.translateToString(true);
    if (row.isWrapped && lines.length > 0) lines[lines.length - 1] += text;
    else lines.push(text);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}
