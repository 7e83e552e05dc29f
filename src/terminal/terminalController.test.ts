import { describe, it, expect } from 'vitest';
import { createScreenModel } from './screenModel';
import { createTerminalController, toTerminalText, type ShellBackend } from './terminalController';
import { fakeClock, fakeShell } from './terminalFakes';

function setup() {
  const shell = fakeShell();
  const clock = fakeClock();
  let screen = '';
  const term = createTerminalController(shell.backend, { write: (d) => (screen += d), cols: () => 80 }, clock.clock);
  term.start();
  return { ...shell, ...clock, term, screen: () => screen };
}

describe('terminal controller', () => {
  it('shows the prompt, echoes typing, runs the line and prints output with CRLF', () => {
    const t = setup();
    t.term.input('echo hello');
    t.term.input('\r');
    expect(t.screen()).toBe('$ echo hello\r\nhello\r\n$ ');
    expect(t.calls).toEqual(['run echo hello']);
  });

  it('stderr and stdout come out in order', () => {
    const t = setup();
    t.term.input('nope\r');
    expect(t.screen()).toBe('$ nope\r\nbash: nope: command not found\r\n$ ');
  });

  it('a multi-line paste runs line by line', () => {
    const t = setup();
    t.term.input('echo a\recho b\r');
    expect(t.screen()).toBe('$ echo a\r\na\r\n$ echo b\r\nb\r\n$ ');
  });

  it('a running job advances the clock each frame, then shows the prompt', () => {
    const t = setup();
    t.term.input('sleep 100\r');
    expect(t.term.isRunning()).toBe(true);
    t.frame(1000);
    t.frame(1040.5);
    t.frame(1100);
    expect(t.calls).toEqual(['run sleep 100', 'advance 40', 'advance 60']);
    expect(t.screen()).toBe('$ sleep 100\r\n.woke\r\n$ ');
    expect(t.term.isRunning()).toBe(false);
    expect(t.pending()).toBe(false);
  });

  it('lines pasted during a job wait for the prompt', () => {
    const t = setup();
    t.term.input('sleep 10\recho later\r');
    expect(t.calls).toEqual(['run sleep 10']);
    t.frame(0);
    t.frame(20);
    expect(t.calls).toEqual(['run sleep 10', 'advance 20', 'run echo later']);
    expect(t.screen()).toBe('$ sleep 10\r\nwoke\r\n$ echo later\r\nlater\r\n$ ');
  });

  it('Ctrl-C during a job interrupts it and drops type-ahead', () => {
    const t = setup();
    t.term.input('sleep 100\r');
    t.frame(0);
    t.term.input('echo x\x03');
    expect(t.calls).toEqual(['run sleep 100', 'interrupt']);
    expect(t.screen()).toBe('$ sleep 100\r\n^C\r\n$ ');
    expect(t.pending()).toBe(false);
  });

  it('Ctrl-C on a typed line abandons it', () => {
    const t = setup();
    t.term.input('docker p\x03');
    expect(t.screen()).toBe('$ docker p^C\r\n$ ');
    expect(t.calls).toEqual(['interrupt']);
  });

  it('Ctrl-D on an empty line runs exit without echoing it; bash prints exit itself', () => {
    const t = setup();
    t.exitPrints('exit\n');
    t.term.input('\x04');
    expect(t.calls).toEqual(['run exit']);
    expect(t.screen()).toBe('$ exit\r\n$ ');
  });

  it('Ctrl-D where exit prints nothing still ends the line', () => {
    const t = setup();
    t.term.input('\x04');
    expect(t.screen()).toBe('$ \r\n$ ');
  });

  it('clear wipes screen and scrollback before the prompt; Ctrl-L redraws the line', () => {
    const t = setup();
    t.term.input('clear\r');
    expect(t.screen()).toBe('$ clear\r\n\x1b[H\x1b[2J\x1b[3J$ ');
    t.term.input('ls\x0c');
    expect(t.screen().endsWith('$ ls\x1b[H\x1b[2J$ ls')).toBe(true);
  });

  it('Enter with the cursor mid-line moves to the end first', () => {
    const t = setup();
    t.term.input('echo hi\x1b[D\x1b[D\r');
    expect(t.screen()).toBe('$ echo hi\b\b\x1b[2C\r\nhi\r\n$ ');
  });
});

describe('toTerminalText', () => {
  it('turns LF and CRLF into CRLF', () => {
    expect(toTerminalText('a\nb\r\nc')).toBe('a\r\nb\r\nc');
  });
});

describe('terminal controller: pull progress (real shell)', () => {
  it('redraws the layer block in place while the pull runs and leaves exactly the final lines', async () => {
    const { createAppStore, advanceClock, currentPrompt, interrupt, runLine } = await import('../store');
    const store = createAppStore({ profile: 'classic' });
    const seen: (number | undefined)[] = [];
    const backend: ShellBackend = {
      runLine: (line) => runLine(line, store),
      advanceClock: (ms, cols) => {
        seen.push(cols);
        return advanceClock(ms, store, undefined, cols);
      },
      interrupt: () => interrupt(store),
      getPrompt: () => currentPrompt(store),
    };
    const screen = createScreenModel(120);
    const clock = fakeClock();
    const term = createTerminalController(backend, { write: (d) => screen.write(d), cols: () => 120 }, clock.clock);
    term.start();
    term.input('docker pull nginx\r');
    clock.frame(0);
    clock.frame(500);
    const during = screen.text();
    expect(during.split('\n').slice(3)).toEqual([
      '5f639039148e: Downloading [======================>                            ]  9.996MB/22.49MB',
      '467c00a9abf9: Downloading [======================>                            ]     10MB/22.26MB',
      'b714d9d64ee1: Download complete',
    ]);
    for (let t = 1000; clock.pending(); t += 500) clock.frame(t);
    expect(screen.text().split('\n')).toEqual([
      'docker@default:~$ docker pull nginx',
      'Using default tag: latest',
      'latest: Pulling from library/nginx',
      ...['5f639039148e', '467c00a9abf9', 'b714d9d64ee1'].map((id) => `${id}: Pull complete`),
      expect.stringMatching(/^Digest: sha256:[0-9a-f]{64}$/),
      'Status: Downloaded newer image for nginx:latest',
      'docker@default:~$',
    ]);
    expect(seen.every((c) => c === 120)).toBe(true);
  });

  it('leaves no progress rows behind on a terminal narrow enough to wrap them', async () => {
    const { createAppStore, advanceClock, currentPrompt, interrupt, runLine } = await import('../store');
    const store = createAppStore({ profile: 'classic' });
    const backend: ShellBackend = {
      runLine: (line) => runLine(line, store),
      advanceClock: (ms, cols) => advanceClock(ms, store, undefined, cols),
      interrupt: () => interrupt(store),
      getPrompt: () => currentPrompt(store),
    };
    const screen = createScreenModel(36);
    const clock = fakeClock();
    const term = createTerminalController(backend, { write: (d) => screen.write(d), cols: () => 36 }, clock.clock);
    term.start();
    term.input('docker pull nginx\r');
    clock.frame(0);
    clock.frame(500);
    expect(screen.text()).toContain('5f639039148e: Downloading  9.996MB/2\n2.49MB');
    for (let t = 1000; clock.pending(); t += 500) clock.frame(t);
    const rows = screen.text().split('\n');
    expect(rows.slice(3, 6)).toEqual(['5f639039148e: Pull complete', '467c00a9abf9: Pull complete', 'b714d9d64ee1: Pull complete']);
    expect(rows.slice(6, 9).join('')).toMatch(/^Digest: sha256:[0-9a-f]{64}$/);
    expect(rows.slice(9)).toEqual(['Status: Downloaded newer image for n', 'ginx:latest', 'docker@default:~$']);
  });
});
