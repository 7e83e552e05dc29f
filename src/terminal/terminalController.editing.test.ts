import { describe, it, expect } from 'vitest';
import { createScreenModel } from './screenModel';
import { createTerminalController } from './terminalController';
import { fakeClock, fakeShell } from './terminalFakes';

// Completion from a fixed word list, and a history the shell already kept (as after a reload).
function editingSetup(cols = 80) {
  const shell = fakeShell();
  const words = ['restart', 'rm', 'rmi', 'run', 'start', 'stop'];
  shell.backend.complete = (line, cursor) => {
    const start = line.lastIndexOf(' ', cursor - 1) + 1;
    const typed = line.slice(start, cursor);
    return { start, end: cursor, candidates: words.filter((w) => w.startsWith(typed)) };
  };
  shell.backend.getHistory = () => ['echo one', 'echo one', ' echo secret', 'echo two', ''];
  const screen = createScreenModel(cols);
  let raw = '';
  const term = createTerminalController(
    shell.backend,
    { write: (d) => {
      raw += d;
      screen.write(d);
    }, cols: () => cols },
    fakeClock().clock,
  );
  term.start();
  return { ...shell, term, text: () => screen.text(), cursor: () => screen.cursor(), raw: () => raw };
}

describe('terminal controller: Tab completion', () => {
  it('a single candidate is inserted with a space', () => {
    const t = editingSetup();
    t.term.input('docker ru');
    t.term.input('\t');
    expect(t.text()).toBe('$ docker run');
    expect(t.cursor()).toEqual({ row: 0, col: 13 });
  });

  it('several: the common prefix, then a second Tab lists them in columns and redraws the line', () => {
    const t = editingSetup(20);
    t.term.input('x r');
    t.term.input('\t');
    expect(t.text()).toBe('$ x r');
    expect(t.raw().endsWith('\x07')).toBe(true);
    t.term.input('\t');
    expect(t.text()).toBe('$ x r\nrestart  rmi\nrm       run\n$ x r');
    expect(t.cursor()).toEqual({ row: 3, col: 5 });
    t.term.input('m');
    t.term.input('\t');
    t.term.input('\t');
    expect(t.text()).toBe('$ x r\nrestart  rmi\nrm       run\n$ x rm\nrm   rmi\n$ x rm');
  });

  it('Tab inside a paste is not completion', () => {
    const t = editingSetup();
    t.term.input('echo\ta\r');
    expect(t.calls).toEqual(['run echoa']);
  });
});

describe('terminal controller: history and Ctrl-R', () => {
  it('starts with the history the shell kept, without repeats or lines starting with a space', () => {
    const t = editingSetup();
    t.term.input('\x1b[A');
    expect(t.text()).toBe('$ echo two');
    t.term.input('\x1b[A\x1b[A');
    expect(t.text()).toBe('$ echo one');
  });

  it('Ctrl-R shows the search prompt and the newest match; Enter runs it under the normal prompt', () => {
    const t = editingSetup();
    t.term.input('\x12');
    expect(t.text()).toBe("(reverse-i-search)`':");
    expect(t.cursor()).toEqual({ row: 0, col: 22 });
    t.term.input('on');
    expect(t.text()).toBe("(reverse-i-search)`on': echo one");
    expect(t.cursor()).toEqual({ row: 0, col: 29 });
    t.term.input('\r');
    expect(t.calls).toEqual(['run echo one']);
    expect(t.text()).toBe('$ echo one\none\n$');
  });

  it('Ctrl-R again goes older; a failed search says so and keeps the last match', () => {
    const t = editingSetup();
    t.term.input('\x12echo');
    expect(t.text()).toBe("(reverse-i-search)`echo': echo two");
    t.term.input('\x12');
    expect(t.text()).toBe("(reverse-i-search)`echo': echo one");
    t.term.input('\x12');
    expect(t.text()).toBe("(failed reverse-i-search)`echo': echo one");
  });

  it('Esc accepts the match for editing with the cursor on the match; → accepts and moves', () => {
    const t = editingSetup();
    t.term.input('\x12two');
    t.term.input('\x1b');
    expect(t.text()).toBe('$ echo two');
    expect(t.cursor()).toEqual({ row: 0, col: 7 });
    t.term.input('X\r');
    expect(t.calls).toEqual(['run echo Xtwo']);
    const u = editingSetup();
    u.term.input('\x12one\x1b[C');
    expect(u.text()).toBe('$ echo one');
    expect(u.cursor()).toEqual({ row: 0, col: 8 });
  });

  it('Ctrl-C cancels the search like bash: ^C after the search line, then a fresh prompt', () => {
    const t = editingSetup();
    t.term.input('\x12two\x03');
    expect(t.calls).toEqual(['interrupt']);
    expect(t.text()).toBe("(reverse-i-search)`two': echo two^C\n$");
  });

  it('Ctrl-G gives back the line that was being typed', () => {
    const t = editingSetup();
    t.term.input('ls -l\x12two\x07');
    expect(t.text()).toBe('$ ls -l');
    t.term.input('\r');
    expect(t.calls).toEqual(['run ls -l']);
  });
});
