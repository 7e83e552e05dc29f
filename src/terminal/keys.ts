// Turns the raw bytes xterm hands us (one keystroke, or a whole paste) into editing keys.
// A paste arrives as one string with '\r' between lines, so it becomes a run of text and enter keys.

export type Key =
  | { kind: 'text'; text: string }
  | {
      kind:
        | 'enter'
        | 'backspace'
        | 'delete'
        | 'left'
        | 'right'
        | 'wordLeft'
        | 'wordRight'
        | 'up'
        | 'down'
        | 'home'
        | 'end'
        | 'killBefore'
        | 'killAfter'
        | 'killWord'
        | 'interrupt'
        | 'clearScreen'
        | 'eof'
        | 'tab'
        | 'reverseSearch'
        | 'abort'
        | 'escape';
    };

type KeyKind = Exclude<Key, { kind: 'text' }>['kind'];

const CONTROL: Record<string, KeyKind> = {
  '\x01': 'home', // Ctrl-A
  '\x02': 'left', // Ctrl-B
  '\x03': 'interrupt', // Ctrl-C
  '\x04': 'eof', // Ctrl-D
  '\x05': 'end', // Ctrl-E
  '\x06': 'right', // Ctrl-F
  '\x07': 'abort', // Ctrl-G
  '\x08': 'backspace', // Ctrl-H
  '\x0b': 'killAfter', // Ctrl-K
  '\x0c': 'clearScreen', // Ctrl-L
  '\x0e': 'down', // Ctrl-N
  '\x10': 'up', // Ctrl-P
  '\x12': 'reverseSearch', // Ctrl-R
  '\x15': 'killBefore', // Ctrl-U
  '\x17': 'killWord', // Ctrl-W
  '\x7f': 'backspace',
};

// CSI sequences by their parameters + final byte.
const CSI: Record<string, KeyKind> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
  '1~': 'home',
  '7~': 'home',
  '4~': 'end',
  '8~': 'end',
  '3~': 'delete',
  '1;5C': 'wordRight',
  '1;5D': 'wordLeft',
  '1;3C': 'wordRight',
  '1;3D': 'wordLeft',
};

const SS3: Record<string, KeyKind> = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end' };

const META: Record<string, KeyKind> = { b: 'wordLeft', f: 'wordRight', '\x7f': 'killWord' };

export function parseKeys(data: string): Key[] {
  // Tab completes only when typed: a tab inside pasted text is indentation, not a request.
  if (data === '\t') return [{ kind: 'tab' }];
  const keys: Key[] = [];
  let text = '';
  const flush = () => {
    if (text) keys.push({ kind: 'text', text });
    text = '';
  };
  const push = (kind: KeyKind | undefined) => {
    flush();
    if (kind) keys.push({ kind } as Key);
  };
  let i = 0;
  while (i < data.length) {
    const ch = data[i];
    if (ch === '\r' || ch === '\n') {
      push('enter');
      // '\r\n' from a pasted Windows text is one line end, not two.
      i += ch === '\r' && data[i + 1] === '\n' ? 2 : 1;
    } else if (ch === '\x1b') {
      i = parseEscape(data, i, push);
    } else if (CONTROL[ch]) {
      push(CONTROL[ch]);
      i++;
    } else if (ch < ' ') {
      // The other control bytes do nothing.
      i++;
    } else {
      text += ch;
      i++;
    }
  }
  flush();
  return keys;
}

function parseEscape(data: string, start: number, push: (kind: KeyKind | undefined) => void): number {
  const next = data[start + 1];
  if (next === '[') {
    let end = start + 2;
    while (end < data.length && !/[@-~]/.test(data[end])) end++;
    push(CSI[data.slice(start + 2, end + 1)]);
    return end + 1;
  }
  if (next === 'O' && start + 2 < data.length) {
    push(SS3[data[start + 2]]);
    return start + 3;
  }
  if (next !== undefined && META[next]) {
    push(META[next]);
    return start + 2;
  }
  // A lone ESC (the Escape key) arrives by itself; inside a longer input it starts nothing we know.
  push(next === undefined && start === 0 ? 'escape' : undefined);
  return start + 1;
}
