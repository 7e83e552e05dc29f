import { describe, it, expect } from 'vitest';
import { parseKeys } from './keys';
import { applyKey, createEditorState, type EditorAction, type EditorState } from './lineEditor';

function type(state: EditorState, data: string): { state: EditorState; actions: EditorAction[] } {
  const actions: EditorAction[] = [];
  for (const key of parseKeys(data)) {
    const result = applyKey(state, key);
    state = result.state;
    if (result.action) actions.push(result.action);
  }
  return { state, actions };
}

const at = (line: string, cursor: number, history: string[] = []): EditorState => ({
  line,
  cursor,
  history,
  historyIndex: history.length,
  draft: '',
});

describe('line editing', () => {
  it('inserts at the cursor', () => {
    expect(type(at('dockr', 4), 'e').state).toEqual(at('docker', 5));
  });

  it('backspace and delete remove around the cursor', () => {
    expect(type(at('abcd', 2), '\x7f').state).toEqual(at('acd', 1));
    expect(type(at('abcd', 2), '\x1b[3~').state).toEqual(at('abd', 2));
    expect(type(at('abcd', 0), '\x7f').state).toEqual(at('abcd', 0));
    expect(type(at('abcd', 4), '\x1b[3~').state).toEqual(at('abcd', 4));
  });

  it('moves with arrows, Home/End, Ctrl-A/E and stops at the ends', () => {
    expect(type(at('abc', 3), '\x1b[D\x1b[D').state.cursor).toBe(1);
    expect(type(at('abc', 3), '\x1b[C').state.cursor).toBe(3);
    expect(type(at('abc', 0), '\x1b[D').state.cursor).toBe(0);
    expect(type(at('abc', 2), '\x01').state.cursor).toBe(0);
    expect(type(at('abc', 0), '\x05').state.cursor).toBe(3);
    expect(type(at('abc', 2), '\x1b[H').state.cursor).toBe(0);
    expect(type(at('abc', 0), '\x1b[F').state.cursor).toBe(3);
  });

  it('Ctrl-U kills before the cursor, Ctrl-K after it', () => {
    expect(type(at('docker ps -a', 7), '\x15').state).toEqual(at('ps -a', 0));
    expect(type(at('docker ps -a', 7), '\x0b').state).toEqual(at('docker ', 7));
  });

  it('Ctrl-W kills the blank-delimited word before the cursor', () => {
    expect(type(at('docker run --rm hello-world', 27), '\x17').state).toEqual(at('docker run --rm ', 16));
    expect(type(at('docker run  ', 12), '\x17').state).toEqual(at('docker ', 7));
    expect(type(at('ls', 0), '\x17').state).toEqual(at('ls', 0));
  });

  it('Meta-b/f move over alphanumeric words', () => {
    expect(type(at('docker run hello-world', 22), '\x1bb').state.cursor).toBe(17);
    expect(type(at('docker run hello-world', 0), '\x1bf\x1bf').state.cursor).toBe(10);
  });

  it('steps over a surrogate pair as one character', () => {
    expect(type(at('a🐳', 3), '\x1b[D').state.cursor).toBe(1);
    expect(type(at('a🐳', 3), '\x7f').state).toEqual(at('a', 1));
  });
});

describe('enter and history', () => {
  it('submits the line and remembers it', () => {
    const { state, actions } = type(createEditorState(), 'docker ps\r');
    expect(actions).toEqual([{ type: 'submit', line: 'docker ps' }]);
    expect(state).toEqual(at('', 0, ['docker ps']));
  });

  it('submits even with the cursor mid-line', () => {
    expect(type(at('docker ps', 3), '\r').actions).toEqual([{ type: 'submit', line: 'docker ps' }]);
  });

  it('skips empty lines, lines starting with a space, and repeats', () => {
    const { state } = type(createEditorState(), 'ls\r\r   \r ls -l\rls\rpwd\r');
    expect(state.history).toEqual(['ls', 'pwd']);
  });

  it('up and down walk history and restore the draft', () => {
    let state = type(createEditorState(['one', 'two']), 'dra').state;
    state = type(state, '\x1b[A').state;
    expect(state).toMatchObject({ line: 'two', cursor: 3, historyIndex: 1, draft: 'dra' });
    state = type(state, '\x1b[A\x1b[A').state;
    expect(state).toMatchObject({ line: 'one', historyIndex: 0 });
    state = type(state, '\x1b[B\x1b[B').state;
    expect(state).toMatchObject({ line: 'dra', cursor: 3, historyIndex: 2 });
    state = type(state, '\x1b[B').state;
    expect(state).toMatchObject({ line: 'dra', historyIndex: 2 });
  });

  it('an edited history line can be run and lands at the end of history', () => {
    const { state, actions } = type(createEditorState(['docker ps']), '\x1b[A -a\r');
    expect(actions).toEqual([{ type: 'submit', line: 'docker ps -a' }]);
    expect(state.history).toEqual(['docker ps', 'docker ps -a']);
    expect(state.historyIndex).toBe(2);
  });
});

describe('control actions', () => {
  it('Ctrl-C abandons the line', () => {
    const { state, actions } = type(createEditorState(['ls']), 'docker p\x03');
    expect(actions).toEqual([{ type: 'interrupt' }]);
    expect(state).toEqual(at('', 0, ['ls']));
  });

  it('Ctrl-L asks for a clear screen and keeps the line', () => {
    const { state, actions } = type(at('docker', 6), '\x0c');
    expect(actions).toEqual([{ type: 'clearScreen' }]);
    expect(state).toEqual(at('docker', 6));
  });

  it('Ctrl-D on an empty line is end of input; otherwise it deletes forward', () => {
    expect(type(createEditorState(), '\x04').actions).toEqual([{ type: 'eof' }]);
    const { state, actions } = type(at('abc', 1), '\x04');
    expect(actions).toEqual([]);
    expect(state).toEqual(at('ac', 1));
  });
});
