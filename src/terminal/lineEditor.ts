// The readline-like line editor as pure functions: every key maps an EditorState to a new one,
// plus an action for the terminal when the key does more than edit (Enter, Ctrl-C, Ctrl-L, Ctrl-D).
import type { Key } from './keys';

export interface EditorState {
  line: string;
  /** Index into `line` (UTF-16 units, never inside a surrogate pair). */
  cursor: number;
  history: string[];
  /** history.length while editing the new line; smaller while browsing history. */
  historyIndex: number;
  /** The new line as it was before ↑ took us into history, restored by ↓. */
  draft: string;
}

export type EditorAction =
  | { type: 'submit'; line: string }
  | { type: 'interrupt' }
  | { type: 'clearScreen' }
  /** Ctrl-D on an empty line: the shell gets `exit`. */
  | { type: 'eof' };

export interface EditResult {
  state: EditorState;
  action?: EditorAction;
}

export function createEditorState(history: string[] = []): EditorState {
  return { line: '', cursor: 0, history, historyIndex: history.length, draft: '' };
}

export function applyKey(state: EditorState, key: Key): EditResult {
  const { line, cursor } = state;
  switch (key.kind) {
    case 'text':
      return edit(state, line.slice(0, cursor) + key.text + line.slice(cursor), cursor + key.text.length);
    case 'backspace': {
      if (cursor === 0) return { state };
      const from = stepBack(line, cursor);
      return edit(state, line.slice(0, from) + line.slice(cursor), from);
    }
    case 'delete':
      return deleteForward(state);
    case 'left':
      return move(state, stepBack(line, cursor));
    case 'right':
      return move(state, stepForward(line, cursor));
    case 'wordLeft':
      return move(state, wordStartBefore(line, cursor));
    case 'wordRight':
      return move(state, wordEndAfter(line, cursor));
    case 'home':
      return move(state, 0);
    case 'end':
      return move(state, line.length);
    case 'killBefore':
      return edit(state, line.slice(cursor), 0);
    case 'killAfter':
      return edit(state, line.slice(0, cursor), cursor);
    case 'killWord': {
      const from = spaceWordStartBefore(line, cursor);
      return edit(state, line.slice(0, from) + line.slice(cursor), from);
    }
    case 'up':
      return browseHistory(state, state.historyIndex - 1);
    case 'down':
      return browseHistory(state, state.historyIndex + 1);
    case 'enter':
      return { state: fresh(remember(state.history, line)), action: { type: 'submit', line } };
    case 'interrupt':
      return { state: fresh(state.history), action: { type: 'interrupt' } };
    case 'clearScreen':
      return { state, action: { type: 'clearScreen' } };
    case 'eof':
      if (line === '') return { state: fresh(state.history), action: { type: 'eof' } };
      return deleteForward(state);
    // Completion and history search need the shell and the screen: the controller does them.
    case 'tab':
    case 'reverseSearch':
    case 'abort':
    case 'escape':
      return { state };
  }
}

function fresh(history: string[]): EditorState {
  return createEditorState(history);
}

function edit(state: EditorState, line: string, cursor: number): EditResult {
  return { state: { ...state, line, cursor } };
}

function move(state: EditorState, cursor: number): EditResult {
  return cursor === state.cursor ? { state } : { state: { ...state, cursor } };
}

function deleteForward(state: EditorState): EditResult {
  const { line, cursor } = state;
  if (cursor >= line.length) return { state };
  return edit(state, line.slice(0, cursor) + line.slice(stepForward(line, cursor)), cursor);
}

function browseHistory(state: EditorState, index: number): EditResult {
  const { history } = state;
  if (index < 0 || index > history.length) return { state };
  const draft = state.historyIndex === history.length ? state.line : state.draft;
  const line = index === history.length ? draft : history[index];
  return { state: { ...state, line, cursor: line.length, historyIndex: index, draft } };
}

/** The editor's history from every line the shell kept (the world holds them all). */
export function historyFromLines(lines: string[]): string[] {
  return lines.reduce(remember, [] as string[]);
}

/** Bash with HISTCONTROL=ignoreboth: no empty lines, no lines starting with a space, no repeats. */
function remember(history: string[], line: string): string[] {
  if (line.trim() === '' || line.startsWith(' ') || history[history.length - 1] === line) return history;
  return [...history, line];
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function stepBack(line: string, cursor: number): number {
  if (cursor <= 0) return 0;
  return cursor >= 2 && isLowSurrogate(line.charCodeAt(cursor - 1)) ? cursor - 2 : cursor - 1;
}

function stepForward(line: string, cursor: number): number {
  if (cursor >= line.length) return line.length;
  return isLowSurrogate(line.charCodeAt(cursor + 1)) ? cursor + 2 : cursor + 1;
}

const isWordChar = (ch: string) => /[\p{L}\p{N}\p{M}]/u.test(ch);

// Readline's backward-word / forward-word: words are runs of letters and digits.
function wordStartBefore(line: string, cursor: number): number {
  let i = cursor;
  while (i > 0 && !isWordChar(line[i - 1])) i--;
  while (i > 0 && isWordChar(line[i - 1])) i--;
  return i;
}

function wordEndAfter(line: string, cursor: number): number {
  let i = cursor;
  while (i < line.length && !isWordChar(line[i])) i++;
  while (i < line.length && isWordChar(line[i])) i++;
  return i;
}

// Ctrl-W is unix-word-rubout: words are runs of non-blanks.
function spaceWordStartBefore(line: string, cursor: number): number {
  let i = cursor;
  while (i > 0 && /\s/.test(line[i - 1])) i--;
  while (i > 0 && !/\s/.test(line[i - 1])) i--;
  return i;
}
