import { describe, expect, it } from 'vitest';
import { createScreenModel } from './screenModel';
import { createTerminalController } from './terminalController';
import { fakeClock, fakeIdleTimer, fakeShell } from './terminalFakes';

function setup(cols = 80) {
  const shell = fakeShell();
  const clock = fakeClock();
  const idle = fakeIdleTimer();
  let bytes = '';
  const model = createScreenModel(cols);
  const screen = {
    write: (d: string) => {
      bytes += d;
      model.write(d);
    },
    cols: () => cols,
  };
  const term = createTerminalController(shell.backend, screen, clock.clock, idle.timer);
  term.start();
  return { ...shell, ...clock, idle, term, bytes: () => bytes, model };
}

describe('terminal controller: the idle clock', () => {
  it('moves the world by the wall time that passed while the prompt waits', () => {
    const t = setup();
    t.idle.fire(1000);
    t.idle.fire(2000);
    expect(t.calls).toEqual(['idle 1000', 'idle 1000']);
    expect(t.bytes()).toBe('$ ');
  });

  it('typing between idle steps is unaffected', () => {
    const t = setup();
    t.term.input('echo h');
    t.idle.fire(1000);
    t.term.input('i\r');
    expect(t.bytes()).toBe('$ echo hi\r\nhi\r\n$ ');
    expect(t.calls).toEqual(['idle 1000', 'run echo hi']);
  });

  it('prints what an idle step printed above the line, then redraws it with the cursor where it was', () => {
    const t = setup();
    t.term.input('docker ps');
    t.term.input('\x1b[D\x1b[D');
    t.idlePrints('hi\n');
    t.idle.fire(1000);
    expect(t.bytes()).toBe('$ docker ps\b\b\r\x1b[Jhi\r\n$ docker ps\x1b[J\b\b');
    expect(t.model.text()).toBe('hi\n$ docker ps');
    expect(t.model.cursor()).toEqual({ row: 1, col: 9 });
    // The edit goes on where it was.
    t.term.input('-');
    expect(t.model.text()).toBe('hi\n$ docker -ps');
  });

  it('ends unterminated output before the prompt, and redraws a line that wraps', () => {
    const t = setup(10);
    t.term.input('echo 123456789');
    t.idlePrints('late');
    t.idle.fire(1000);
    expect(t.model.text()).toBe('late\n$ echo 123\n456789');
    expect(t.model.cursor()).toEqual({ row: 2, col: 6 });
  });

  it('redraws a Ctrl-R search under its own prompt', () => {
    const t = setup();
    t.term.input('echo one\r');
    t.term.input('\x12on');
    t.idlePrints('hi\n');
    t.idle.fire(1000);
    expect(t.model.text()).toBe("$ echo one\none\nhi\n(reverse-i-search)`on': echo one");
  });

  it('does not tick while a job runs: the job loop owns the clock, the idle clock counts from its end', () => {
    const t = setup();
    t.term.input('sleep 1500\r');
    t.idle.fire(1000);
    t.frame(1000);
    t.frame(2000);
    t.idle.fire(2500);
    t.idle.setTime(2600);
    t.frame(2600);
    expect(t.term.isRunning()).toBe(false);
    t.idle.fire(3000);
    t.idle.fire(3600);
    expect(t.calls).toEqual(['run sleep 1500', 'advance 1000', 'advance 600', 'idle 400', 'idle 600']);
  });

  it('nothing moves when the store says the clock is not this terminal’s', () => {
    const t = setup();
    t.backend.advanceIdleClock = () => null;
    t.term.input('ls');
    t.idle.fire(1000);
    expect(t.bytes()).toBe('$ ls');
  });

  it('without an idle timer (tests, the headless runner) the world stands still; dispose stops it', () => {
    const shell = fakeShell();
    const term = createTerminalController(shell.backend, { write: () => {}, cols: () => 80 }, fakeClock().clock);
    term.start();
    expect(shell.calls).toEqual([]);
    const t = setup();
    t.term.dispose();
    expect(t.idle.on()).toBe(false);
  });
});
