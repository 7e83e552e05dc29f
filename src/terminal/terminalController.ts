// The terminal's behaviour without xterm: turns keystrokes into edits, lines into shell runs, and
// shell output into bytes to write. The xterm adapter only plugs a screen and a frame clock in.
import type { Chunk } from '../shell';
import type { StepResult } from '../store';
import { parseKeys, type Key } from './keys';
import { applyKey, createEditorState, type EditorState } from './lineEditor';
import { cursorToEnd, redrawLine } from './lineRender';


/** The store's module-level actions, as the terminal sees them. */
export interface ShellBackend {
  runLine(line: string): StepResult;
  advanceClock(ms: number): StepResult;
  interrupt(): StepResult;
  getPrompt(): string;
}

export interface FrameClock {
  request(callback: (timeMs: number) => void): number;
  cancel(handle: number): void;
}

export interface TerminalScreen {
  write(data: string): void;
  cols(): number;
}

export interface TerminalController {
  /** Show the first prompt. */
  start(): void;
  /** Raw input from the terminal: a key, an escape sequence, or a whole paste. */
  input(data: string): void;
  isRunning(): boolean;
  dispose(): void;
}

const CLEAR_SCREEN = '\x1b[H\x1b[2J';
const CLEAR_ALL = '\x1b[H\x1b[2J\x1b[3J';

/** Terminals want CRLF; the shell speaks LF. */
export function toTerminalText(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

// Ctrl-D echoes nothing: bash itself prints `exit` after the prompt, sh prints nothing, and
// either way the next prompt starts on a line of its own.
function endOfInput(result: StepResult): StepResult {
  const text = result.output.map((chunk) => chunk.text).join('');
  if (text.endsWith('\n')) return result;
  return { ...result, output: [...result.output, { stream: 'stdout', text: '\n' }] };
}

export function createTerminalController(
  backend: ShellBackend,
  screen: TerminalScreen,
  clock: FrameClock,
): TerminalController {
  let editor: EditorState = createEditorState();
  let prompt = '';
  let running = false;
  // Keys typed or pasted while a job runs wait for the prompt, as a tty's type-ahead does.
  let pending: Key[] = [];
  let frame: number | null = null;
  let lastFrameTime: number | null = null;
  let carriedMs = 0;
  let disposed = false;

  const write = (data: string) => {
    if (data) screen.write(data);
  };

  const showOutput = (chunks: Chunk[]) => {
    for (const chunk of chunks) write(toTerminalText(chunk.text));
  };

  const settle = (result: StepResult) => {
    if (result.clear) write(CLEAR_ALL);
    showOutput(result.output);
    running = result.running;
    if (running) {
      startJobLoop();
      return;
    }
    prompt = result.prompt;
    write(prompt);
    drainPending();
  };

  const leaveLine = () => {
    write(cursorToEnd(prompt, editor, screen.cols()));
  };

  const handleKey = (key: Key) => {
    const before = editor;
    const { state, action } = applyKey(editor, key);
    if (!action) {
      editor = state;
      write(redrawLine(prompt, before, editor, screen.cols()));
      return;
    }
    switch (action.type) {
      case 'submit':
        leaveLine();
        editor = state;
        write('\r\n');
        settle(backend.runLine(action.line));
        return;
      case 'eof':
        editor = state;
        settle(endOfInput(backend.runLine('exit')));
        return;
      case 'interrupt':
        leaveLine();
        editor = state;
        // The shell's interrupt output carries the tty's `^C` echo and the line end.
        settle(backend.interrupt());
        return;
      case 'clearScreen':
        write(CLEAR_SCREEN + prompt);
        write(redrawLine(prompt, { line: '', cursor: 0 }, editor, screen.cols()));
        return;
    }
  };

  const handleKeys = (keys: Key[]) => {
    for (let i = 0; i < keys.length; i++) {
      if (disposed) return;
      if (running) {
        if (keys[i].kind === 'interrupt') {
          interruptJob();
          continue;
        }
        pending.push(keys[i]);
        continue;
      }
      handleKey(keys[i]);
    }
  };

  const drainPending = () => {
    const keys = pending;
    pending = [];
    handleKeys(keys);
  };

  const interruptJob = () => {
    stopJobLoop();
    // Ctrl-C also drops the type-ahead, as the tty flushes its input queue on SIGINT.
    pending = [];
    settle(backend.interrupt());
  };

  const onFrame = (time: number) => {
    frame = null;
    if (disposed || !running) return;
    const elapsed = lastFrameTime === null ? 0 : Math.max(0, time - lastFrameTime) + carriedMs;
    lastFrameTime = time;
    // The virtual clock moves in whole milliseconds; the remainder carries to the next frame.
    const ms = Math.floor(elapsed);
    carriedMs = elapsed - ms;
    if (ms > 0) {
      const result = backend.advanceClock(ms);
      if (!result.running) {
        stopJobLoop();
        settle(result);
        return;
      }
      showOutput(result.output);
    }
    frame = clock.request(onFrame);
  };

  function startJobLoop() {
    if (frame !== null) return;
    lastFrameTime = null;
    carriedMs = 0;
    frame = clock.request(onFrame);
  }

  function stopJobLoop() {
    if (frame !== null) clock.cancel(frame);
    frame = null;
    lastFrameTime = null;
  }

  return {
    start() {
      prompt = backend.getPrompt();
      write(prompt);
    },
    input(data: string) {
      handleKeys(parseKeys(data));
    },
    isRunning: () => running,
    dispose() {
      disposed = true;
      stopJobLoop();
    },
  };
}
