// What Tab does to the line, as readline does it: one candidate is inserted whole (with a space
// after it, or nothing after a directory's `/`); several insert their longest common prefix, and
// a Tab that cannot add anything lists them when the key before it was a Tab too.
import type { EditorState } from './lineEditor';

/** The shell's answer for the word before the cursor (see shell/completion). */
export interface CompletionResult {
  start: number;
  end: number;
  candidates: string[];
  display?: string[];
}

export interface TabOutcome {
  state: EditorState;
  /** Names to show under the line (a second Tab with several candidates). */
  list?: string[];
  /** Nothing to add: readline rings the bell. */
  bell?: boolean;
}

export function commonPrefix(words: string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0];
  for (const w of words.slice(1)) {
    let i = 0;
    while (i < prefix.length && i < w.length && prefix[i] === w[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

function replace(state: EditorState, start: number, end: number, text: string): EditorState {
  const line = state.line.slice(0, start) + text + state.line.slice(end);
  return { ...state, line, cursor: start + text.length };
}

export function applyCompletion(state: EditorState, c: CompletionResult, secondTab: boolean): TabOutcome {
  const { candidates } = c;
  if (candidates.length === 0) return { state, bell: true };
  if (candidates.length === 1) {
    const word = candidates[0];
    const closes = word.endsWith('/') || state.line[c.end] === ' ' ? '' : ' ';
    const next = replace(state, c.start, c.end, word + closes);
    // A following space already in the line is stepped over rather than doubled.
    if (!closes && !word.endsWith('/')) next.cursor += 1;
    return { state: next };
  }
  const typed = state.line.slice(c.start, c.end);
  const prefix = commonPrefix(candidates);
  if (prefix.length > typed.length && prefix.startsWith(typed)) {
    return { state: replace(state, c.start, c.end, prefix), bell: true };
  }
  if (secondTab) return { state, list: c.display ?? candidates };
  return { state, bell: true };
}
