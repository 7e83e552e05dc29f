// A small modal vi: normal, insert and ':' command modes over a list of lines. One key at a time
// (KeyboardEvent.key names), pure apart from the `io` it is handed for :w and :q, so that vim
// and busybox vi can share it and differ only in their messages (from vim's and busybox's sources).
import type { EditorKind, EditorWriteResult } from '../../store';

export type ViMode = 'normal' | 'insert' | 'command';

export interface ViState {
  lines: string[];
  row: number;
  col: number;
  mode: ViMode;
  /** What is typed after ':' in command mode. */
  command: string;
  /** A first key waiting for its second (`d` of `dd`). */
  pending: string;
  message: string;
  error: boolean;
  modified: boolean;
  name: string;
}

export interface ViIo {
  write(text: string, name?: string): EditorWriteResult;
  quit(): void;
}

type Flavour = Exclude<EditorKind, 'nano'>;

export function viStart(text: string, name: string, message: string): ViState {
  const lines = text === '' ? [''] : text.replace(/\n$/, '').split('\n');
  return { lines, row: 0, col: 0, mode: 'normal', command: '', pending: '', message, error: false, modified: false, name };
}

export function viText(s: ViState): string {
  return s.lines.length === 1 && s.lines[0] === '' ? '' : `${s.lines.join('\n')}\n`;
}

const MESSAGES = {
  noWrite: (f: Flavour, cmd: string) => (f === 'vim' ? 'E37: No write since last change (add ! to override)' : `No write since last change (:${cmd}! overrides)`),
  unknown: (f: Flavour, cmd: string) => (f === 'vim' ? `E492: Not an editor command: ${cmd}` : `'${cmd}' is not implemented`),
};

/** The last column the cursor may stand on: past the end in insert mode, on the last char otherwise. */
function clampCol(s: ViState, col: number): number {
  const len = s.lines[s.row].length;
  const max = s.mode === 'insert' ? len : Math.max(0, len - 1);
  return Math.max(0, Math.min(col, max));
}

function move(s: ViState, row: number, col: number): ViState {
  const r = Math.max(0, Math.min(row, s.lines.length - 1));
  const next = { ...s, row: r };
  return { ...next, col: clampCol(next, col) };
}

function edit(s: ViState, lines: string[], row: number, col: number): ViState {
  return { ...s, lines, row, col, modified: true };
}

function arrow(s: ViState, key: string): ViState | null {
  if (key === 'ArrowLeft') return move(s, s.row, s.col - 1);
  if (key === 'ArrowRight') return move(s, s.row, s.col + 1);
  if (key === 'ArrowUp') return move(s, s.row - 1, s.col);
  if (key === 'ArrowDown') return move(s, s.row + 1, s.col);
  return null;
}

function insertKey(s: ViState, key: string): ViState {
  const moved = arrow(s, key);
  if (moved) return moved;
  const line = s.lines[s.row];
  const lines = [...s.lines];
  if (key === 'Escape') return move({ ...s, mode: 'normal', message: '' }, s.row, s.col - 1);
  if (key === 'Enter') {
    lines.splice(s.row, 1, line.slice(0, s.col), line.slice(s.col));
    return edit(s, lines, s.row + 1, 0);
  }
  if (key === 'Backspace') {
    if (s.col > 0) {
      lines[s.row] = line.slice(0, s.col - 1) + line.slice(s.col);
      return edit(s, lines, s.row, s.col - 1);
    }
    if (s.row === 0) return s;
    const prev = lines[s.row - 1];
    lines.splice(s.row - 1, 2, prev + line);
    return edit(s, lines, s.row - 1, prev.length);
  }
  if (key === 'Tab') key = '\t';
  if (key.length !== 1) return s;
  lines[s.row] = line.slice(0, s.col) + key + line.slice(s.col);
  return edit(s, lines, s.row, s.col + 1);
}

function enterInsert(s: ViState, row: number, col: number, flavour: Flavour): ViState {
  const next: ViState = { ...s, mode: 'insert', row, message: flavour === 'vim' ? '' : s.message };
  return { ...next, col: clampCol(next, col) };
}

function normalKey(s: ViState, key: string, flavour: Flavour): ViState {
  // busybox vi's status message goes at the next key; vim keeps it until something replaces it.
  const base = flavour === 'busybox-vi' ? { ...s, message: '', error: false } : s;
  const moved = arrow(base, key);
  if (moved) return { ...moved, pending: '' };
  if (base.pending === 'd') {
    const cleared = { ...base, pending: '' };
    if (key !== 'd') return cleared;
    const lines = base.lines.length === 1 ? [''] : base.lines.filter((_, i) => i !== base.row);
    return move(edit(cleared, lines, base.row, 0), base.row, 0);
  }
  const line = base.lines[base.row];
  switch (key) {
    case 'h':
      return move(base, base.row, base.col - 1);
    case 'l':
      return move(base, base.row, base.col + 1);
    case 'j':
      return move(base, base.row + 1, base.col);
    case 'k':
      return move(base, base.row - 1, base.col);
    case '0':
      return move(base, base.row, 0);
    case '$':
      return move(base, base.row, line.length);
    case 'G':
      return move(base, base.lines.length - 1, 0);
    case 'x': {
      if (line === '') return base;
      const lines = [...base.lines];
      lines[base.row] = line.slice(0, base.col) + line.slice(base.col + 1);
      return move(edit(base, lines, base.row, base.col), base.row, base.col);
    }
    case 'd':
      return { ...base, pending: 'd' };
    case 'i':
      return enterInsert(base, base.row, base.col, flavour);
    case 'I':
      return enterInsert(base, base.row, 0, flavour);
    case 'a':
      return enterInsert(base, base.row, line === '' ? 0 : base.col + 1, flavour);
    case 'A':
      return enterInsert(base, base.row, line.length, flavour);
    case 'o':
    case 'O': {
      const at = key === 'o' ? base.row + 1 : base.row;
      const lines = [...base.lines];
      lines.splice(at, 0, '');
      return enterInsert(edit(base, lines, at, 0), at, 0, flavour);
    }
    case ':':
      return { ...base, mode: 'command', command: '', message: '', error: false };
    default:
      return base;
  }
}

function fail(s: ViState, message: string): ViState {
  return { ...s, mode: 'normal', command: '', message, error: true };
}

function runCommand(s: ViState, io: ViIo, flavour: Flavour): ViState {
  const typed = s.command.trim();
  const done: ViState = { ...s, mode: 'normal', command: '' };
  const m = /^(w|write|wq|x|q|quit|q!|quit!|wq!)(?:\s+(.+))?$/.exec(typed);
  if (typed === '') return done;
  if (/^\d+$/.test(typed)) return move(done, Number(typed) - 1, 0);
  if (!m) return fail(done, MESSAGES.unknown(flavour, typed));
  const [, cmd, name] = m;
  const quitting = cmd !== 'w' && cmd !== 'write';
  const writing = cmd.startsWith('w') || (cmd === 'x' && s.modified);
  if (cmd === 'q' || cmd === 'quit') {
    if (s.modified) return fail(done, MESSAGES.noWrite(flavour, cmd));
    io.quit();
    return done;
  }
  if (cmd === 'q!' || cmd === 'quit!') {
    io.quit();
    return done;
  }
  if (writing) {
    const r = io.write(viText(s), name);
    if (!r.ok) return fail(done, r.message);
    const written: ViState = { ...done, message: r.message, error: false, modified: false, name: r.name };
    if (quitting) io.quit();
    return written;
  }
  io.quit();
  return done;
}

function commandKey(s: ViState, key: string, io: ViIo, flavour: Flavour): ViState {
  if (key === 'Escape') return { ...s, mode: 'normal', command: '' };
  if (key === 'Enter') return runCommand(s, io, flavour);
  if (key === 'Backspace') return s.command === '' ? { ...s, mode: 'normal' } : { ...s, command: s.command.slice(0, -1) };
  if (key.length !== 1) return s;
  return { ...s, command: s.command + key };
}

/** One key: `key` is a KeyboardEvent.key ('i', 'Escape', 'Enter', 'ArrowUp' …). */
export function viKey(s: ViState, key: string, io: ViIo, flavour: Flavour): ViState {
  if (s.mode === 'insert') return insertKey(s, key);
  if (s.mode === 'command') return commandKey(s, key, io, flavour);
  return normalKey(s, key, flavour);
}

/** The bottom line when nothing else shows there: vim's `-- INSERT --`, busybox's `- name 2/5 40%`. */
export function viStatus(s: ViState, flavour: Flavour): string {
  if (s.mode === 'command') return `:${s.command}`;
  if (s.message !== '') return s.message;
  if (flavour === 'vim') return s.mode === 'insert' ? '-- INSERT --' : '';
  const total = s.lines.length;
  const pct = Math.floor((100 * (s.row + 1)) / total);
  return `${s.mode === 'insert' ? 'I' : '-'} ${s.name || 'No file'}${s.modified ? ' [Modified]' : ''} ${s.row + 1}/${total} ${pct}%`;
}

/** vim's ruler at the bottom right (Ubuntu's defaults.vim turns it on). */
export function viRuler(s: ViState): string {
  return `${s.row + 1},${s.lines[s.row] === '' ? '0-1' : s.col + 1}`;
}
