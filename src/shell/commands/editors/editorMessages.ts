// The status-line texts of the three editors, from their sources: nano (src/files.c), vim
// (fileio.c, bufwrite.c) and busybox vi (editors/vi.c). Lines are counted as the editors count
// them: every line ends with a newline once written (nano's magic line, vim's fixeol, busybox
// vi's final '\n').
import { utf8Length } from '../../../engine/fs/tree';
import type { EditorKind } from './editorJob';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Lines in a text the way `wc -l` and the editors count them (a last unterminated line counts). */
export function countLines(text: string): number {
  if (text === '') return 0;
  const newlines = text.split('\n').length - 1;
  return text.endsWith('\n') ? newlines : newlines + 1;
}

/** The buffer as it lands on disk: a non-empty buffer always ends with a newline. */
export function bufferToFile(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

export type OpenState = { kind: 'read'; text: string } | { kind: 'new' } | { kind: 'directory' } | { kind: 'none' };

export function openMessage(editor: EditorKind, name: string, state: OpenState): string {
  if (state.kind === 'none') return '';
  if (editor === 'nano') {
    if (state.kind === 'directory') return `"${name}" is a directory`;
    return state.kind === 'new' ? 'New File' : `Read ${plural(countLines(state.text), 'line', 'lines')}`;
  }
  if (editor === 'vim') {
    if (state.kind === 'directory') return `"${name}" is a directory`;
    return state.kind === 'new' ? `"${name}" [New]` : `"${name}" ${countLines(state.text)}L, ${utf8Length(state.text)}B`;
  }
  // busybox vi shows its own status line (`- name 1/5 20%`) unless something went wrong.
  return state.kind === 'directory' ? `'${name}' is not a regular file` : '';
}

export function wroteMessage(editor: EditorKind, name: string, written: string, created: boolean): string {
  const lines = countLines(written);
  if (editor === 'nano') return `Wrote ${plural(lines, 'line', 'lines')}`;
  if (editor === 'vim') return `"${name}"${created ? ' [New]' : ''} ${lines}L, ${utf8Length(written)}B written`;
  return `'${name}' ${lines}L, ${utf8Length(written)}C`;
}

/** A failed write; `reason` is strerror's text (`Permission denied`, `Is a directory` …). */
export function writeErrorMessage(editor: EditorKind, name: string, reason: string): string {
  if (editor === 'nano') return `Error writing ${name}: ${reason}`;
  if (editor === 'vim') return reason === 'Is a directory' ? `"${name}" E502: "${name}" is a directory` : `"${name}" E212: Can't open file for writing`;
  return `'${name}' ${reason}`;
}

/** The write command without a file name (a buffer opened with no name). */
export function noFileNameMessage(editor: EditorKind): string {
  if (editor === 'vim') return 'E32: No file name';
  if (editor === 'busybox-vi') return 'No current filename';
  return 'No file name';
}
