import { describe, it, expect } from 'vitest';
import { createScreenModel } from './screenModel';
import { createTerminalController } from './terminalController';
import { fakeClock, fakeShell } from './terminalFakes';

function setup() {
  const shell = fakeShell();
  const screen = createScreenModel(80);
  const clock = fakeClock();
  const term = createTerminalController(shell.backend, { write: (d) => screen.write(d), cols: () => 80 }, clock.clock);
  term.start();
  return { ...shell, term, clock, text: () => screen.text(), cursor: () => screen.cursor() };
}

describe('terminal controller: fill (lesson snippets)', () => {
  it('replaces the line being typed, cursor at the end, and runs nothing until Enter', () => {
    const t = setup();
    t.term.input('echo half');
    t.term.fill('echo filled');
    expect(t.text()).toBe('$ echo filled');
    expect(t.cursor()).toEqual({ row: 0, col: 13 });
    expect(t.calls).toEqual([]);
    t.term.input('\r');
    expect(t.calls).toEqual(['run echo filled']);
    expect(t.text()).toBe('$ echo filled\nfilled\n$');
  });

  it('several lines go in as a paste: all but the last are entered, the last waits; a running job ignores the fill', () => {
    const t = setup();
    t.term.input('echo half');
    t.term.fill('echo a\n    echo  b');
    expect(t.calls).toEqual(['run echo a']);
    expect(t.text()).toBe('$ echo a\na\n$     echo  b');
    t.term.input('\x15sleep 100\r');
    t.term.fill('echo late');
    expect(t.text()).toBe('$ echo a\na\n$ sleep 100');
    expect(t.term.isRunning()).toBe(true);
  });
});
