// Readline's incremental reverse history search (Ctrl-R) as pure functions over a search state:
// the prompt becomes (reverse-i-search)`query': and the line shows the newest history entry
// that contains the query, with the cursor where the match starts.
import type { LineView } from './lineRender';

export interface SearchState {
  query: string;
  /** History index of the line shown; -1 while nothing matched yet (the line being edited shows). */
  index: number;
  /** Where the query starts in the line shown. */
  pos: number;
  failed: boolean;
  /** The line being edited when the search began, shown until something matches and restored by Ctrl-G. */
  original: LineView;
}

export function startSearch(original: LineView): SearchState {
  return { query: '', index: -1, pos: original.cursor, failed: false, original };
}

/** Newest entry at or before `from` that contains `query`, searching each line from its end. */
function findBackward(history: string[], query: string, from: number): { index: number; pos: number } | null {
  for (let i = Math.min(from, history.length - 1); i >= 0; i--) {
    const pos = history[i].lastIndexOf(query);
    if (pos >= 0) return { index: i, pos };
  }
  return null;
}

function searchFrom(state: SearchState, history: string[], query: string, from: number): SearchState {
  if (query === '') return { ...state, query, failed: false };
  const found = findBackward(history, query, from);
  // A failed search keeps showing the last match, as readline does.
  if (!found) return { ...state, query, failed: true };
  return { ...state, query, index: found.index, pos: found.pos, failed: false };
}

/** Typing extends the query; the entry shown still counts if it contains the longer query. */
export function extendSearch(state: SearchState, history: string[], text: string): SearchState {
  const from = state.index >= 0 ? state.index : history.length - 1;
  return searchFrom(state, history, state.query + text, from);
}

/** Ctrl-R again: the next older entry with the same query. */
export function searchOlder(state: SearchState, history: string[]): SearchState {
  if (state.query === '' || state.index < 0) return searchFrom(state, history, state.query, history.length - 1);
  const found = findBackward(history, state.query, state.index - 1);
  return found ? { ...state, index: found.index, pos: found.pos, failed: false } : { ...state, failed: true };
}

/** Backspace shortens the query and searches again from the newest entry. */
export function shortenSearch(state: SearchState, history: string[]): SearchState {
  const query = [...state.query].slice(0, -1).join('');
  if (query === '') return { ...state, query, failed: false };
  return searchFrom({ ...state, index: -1 }, history, query, history.length - 1);
}

export function searchPrompt(state: SearchState): string {
  return `(${state.failed ? 'failed ' : ''}reverse-i-search)\`${state.query}': `;
}

export function searchView(state: SearchState, history: string[]): LineView {
  if (state.index < 0) return state.original;
  return { line: history[state.index], cursor: state.pos };
}
