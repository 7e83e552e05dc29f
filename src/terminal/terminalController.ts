// The terminal's behaviour without xterm: turns keystrokes into edits, lines into shell runs, and
// shell output into bytes to write. The xterm adapter only plugs a screen and a frame clock in.
import type { Chunk } from '../shell';
import type { StepResult } from '../store';
import { createJobLoop, type FrameClock } from './jobLoop';
import { createIdleClock, type IdleTimer } from './idleClock';
import { printAboveLine } from './asyncOutput';
import { parseKeys, type Key } from './keys';
import { applyCompletion, type CompletionResult } from './completionEdit';
import { completionColumns } from './completionList';
import { applyKey, createEditorState, historyFromLines, type EditorState } from './lineEditor';
import { cursorToEnd, redrawLine, replaceLine, type LineView } from './lineRender';
import {
  extendSearch,
  searchOlder,
  searchPrompt,
  searchView,
  shortenSearch,
  startSearch,
  type SearchState,
} from './reverseSearch';

export type { FrameClock } from './jobLoop';
export type { IdleTimer } from './idleClock';

/** The store's module-level actions, as the terminal sees them. */
export interface ShellBackend {
  runLine(line: string): StepResult;
  /** `cols`: the screen's width, which progress bars depend on. */
  advanceClock(ms: number, cols?: number): StepResult;
  /** The idle clock's step at the prompt; null when the clock is not this terminal's to move. */
  advanceIdleClock?(ms: number, cols?: number): StepResult | null;
  interrupt(): StepResult;
  getPrompt(): string;
  /** Tab completion for the word before `cursor` (shell/completion). */
  complete?(line: string, cursor: number): CompletionResult;
  /** This terminal's history so far (kept in the world), for ↑ and Ctrl-R after a reload. */
  getHistory?(): string[];
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
  /**
   * Put `text` on the line being edited, cursor at its end, without running it (the lesson panel's
   * snippets); several lines go in as a paste, all but the last entered.
   */
  fill(text: string): void;
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
  /** Wall time for the idle clock; without it the world stands still between jobs. */
  idleTimer?: IdleTimer,
): TerminalController {
  let editor: EditorState = createEditorState();
  let prompt = '';
  // What the screen shows before the line: the prompt, or Ctrl-R's search prompt.
  let shownPrompt = '';
  let search: SearchState | null = null;
  let lastKey: Key['kind'] | null = null;
  let running = false;
  // Keys typed or pasted while a job runs wait for the prompt, as a tty's type-ahead does.
  let pending: Key[] = [];
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
      // The job loop owns the clock until the job ends; the idle clock counts again from then.
      idleClock?.stop();
      jobLoop.start();
      return;
    }
    idleClock?.start();
    prompt = result.prompt;
    shownPrompt = prompt;
    write(prompt);
    drainPending();
  };

  const leaveLine = () => {
    write(cursorToEnd(shownPrompt, editor, screen.cols()));
  };

  const tabComplete = (secondTab: boolean) => {
    if (!backend.complete) return;
    const outcome = applyCompletion(editor, backend.complete(editor.line, editor.cursor), secondTab);
    if (outcome.list) {
      // Readline lists under the line, then draws the prompt and the line again below.
      leaveLine();
      const rows = completionColumns(outcome.list, screen.cols());
      write(`\r\n${rows.join('\r\n')}\r\n${prompt}`);
      write(redrawLine(prompt, { line: '', cursor: 0 }, editor, screen.cols()));
      return;
    }
    const before = editor;
    editor = outcome.state;
    write(redrawLine(prompt, before, editor, screen.cols()));
    if (outcome.bell) write('\x07');
  };

  const showSearch = (next: SearchState) => {
    const prev = search ? searchView(search, editor.history) : editor;
    write(replaceLine(shownPrompt, prev, searchPrompt(next), searchView(next, editor.history), screen.cols()));
    search = next;
    shownPrompt = searchPrompt(next);
  };

  /** Leave the search with `view` on the line under the normal prompt, ready for editing. */
  const endSearch = (view: LineView, index: number) => {
    const { history } = editor;
    const draft = editor.historyIndex === history.length ? editor.line : editor.draft;
    const current = search ? searchView(search, history) : editor;
    write(replaceLine(shownPrompt, current, prompt, view, screen.cols()));
    editor = index >= 0 ? { ...editor, ...view, historyIndex: index, draft } : { ...editor, ...view };
    search = null;
    shownPrompt = prompt;
  };

  const handleSearchKey = (active: SearchState, key: Key) => {
    const { history } = editor;
    switch (key.kind) {
      case 'text':
        showSearch(extendSearch(active, history, key.text));
        return;
      case 'reverseSearch':
        showSearch(searchOlder(active, history));
        return;
      case 'backspace':
        showSearch(shortenSearch(active, history));
        return;
      case 'abort':
        endSearch(active.original, -1);
        return;
      case 'escape':
        endSearch(searchView(active, history), active.index);
        return;
      case 'interrupt':
        // ^C lands after the search line as it stands, like bash.
        editor = { ...editor, ...searchView(active, history) };
        search = null;
        handleKey(key);
        return;
      default:
        // Any other key accepts the match and then does its own work (Enter runs it, → moves).
        endSearch(searchView(active, history), active.index);
        handleKey(key);
    }
  };

  const handleKey = (key: Key) => {
    const secondTab = lastKey === 'tab';
    lastKey = key.kind;
    if (search) {
      handleSearchKey(search, key);
      return;
    }
    if (key.kind === 'tab') {
      tabComplete(secondTab);
      return;
    }
    if (key.kind === 'reverseSearch') {
      showSearch(startSearch({ line: editor.line, cursor: editor.cursor }));
      return;
    }
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
        shownPrompt = prompt;
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
    jobLoop.stop();
    // Ctrl-C also drops the type-ahead, as the tty flushes its input queue on SIGINT.
    pending = [];
    settle(backend.interrupt());
  };

  const jobLoop = createJobLoop(clock, (ms) => {
    if (disposed || !running) {
      jobLoop.stop();
      return;
    }
    const result = backend.advanceClock(ms, screen.cols());
    if (!result.running) {
      jobLoop.stop();
      settle(result);
      return;
    }
    showOutput(result.output);
  });

  // What an idle step printed goes above the line being edited (asyncOutput.ts).
  const showIdleResult = (result: StepResult) => {
    const view = search ? searchView(search, editor.history) : editor;
    if (result.running) {
      // Cannot happen today (the store moves the clock only while no job runs): show it as a job.
      write(replaceLine(shownPrompt, view, '', { line: '', cursor: 0 }, screen.cols()));
      settle(result);
      return;
    }
    const nextPrompt = search ? shownPrompt : result.prompt;
    if (result.output.length === 0 && nextPrompt === shownPrompt) return;
    write(printAboveLine(shownPrompt, view, result.output, nextPrompt, screen.cols()));
    if (!search) prompt = result.prompt;
    shownPrompt = nextPrompt;
  };

  const idleAdvance = backend.advanceIdleClock?.bind(backend);
  const idleClock =
    idleTimer && idleAdvance
      ? createIdleClock(idleTimer, (ms) => {
          if (disposed || running) return;
          const result = idleAdvance(ms, screen.cols());
          if (result) showIdleResult(result);
        })
      : null;

  return {
    start() {
      prompt = backend.getPrompt();
      shownPrompt = prompt;
      editor = createEditorState(backend.getHistory ? historyFromLines(backend.getHistory()) : []);
      write(prompt);
      idleClock?.start();
    },
    input(data: string) {
      handleKeys(parseKeys(data));
    },
    fill(text: string) {
      // A running job or a history search owns the line: the text would land somewhere unexpected.
      if (disposed || running || search) return;
      const before = editor;
      const lines = text.replace(/\r\n?/g, '\n').split('\n');
      // A block of lines (a heredoc) goes in as a paste does: every line but the last is entered,
      // indentation and all, and the last waits on the line for Enter.
      const line = lines.length > 1 ? '' : lines[0];
      editor = { ...editor, line, cursor: line.length, historyIndex: editor.history.length, draft: '' };
      lastKey = null;
      write(redrawLine(prompt, before, editor, screen.cols()));
      if (lines.length > 1) handleKeys(parseKeys(lines.join('\r')));
    },
    isRunning: () => running,
    dispose() {
      disposed = true;
      jobLoop.stop();
      idleClock?.stop();
    },
  };
}
