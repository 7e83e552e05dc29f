import { describe, it, expect } from 'vitest';
import type { StepResult } from '../store';
import { createTerminalController, toTerminalText, type FrameClock, type ShellBackend } from './terminalController';

// A stand-in shell: `echo X` prints, `sleep N` runs N ms of virtual time, `clear` clears.
function fakeShell() {
  const calls: string[] = [];
  let job: { left: number } | null = null;
  let exitOutput = '';
  const done = (output: StepResult['output'] = []): StepResult => ({ output, prompt: '$ ', running: false });
  const backend: ShellBackend = {
    getPrompt: () => '$ ',
    runLine(line) {
      calls.push(`run ${line}`);
      const [cmd, arg = ''] = line.split(' ');
      if (cmd === 'echo') return done([{ stream: 'stdout', text: `${arg}\n` }]);
      if (cmd === 'clear') return { ...done(), clear: true };
      if (cmd === 'exit') return done(exitOutput ? [{ stream: 'stderr', text: exitOutput }] : []);
      if (cmd === 'sleep') {
        job = { left: Number(arg) };
        return { output: [], prompt: '', running: true };
      }
      return done([{ stream: 'stderr', text: `bash: ${cmd}: command not found\n` }]);
    },
    advanceClock(ms) {
      calls.push(`advance ${ms}`);
      if (!job) return done();
      job.left -= ms;
      if (job.left > 0) return { output: [{ stream: 'stdout', text: '.' }], prompt: '', running: true };
      job = null;
      return done([{ stream: 'stdout', text: 'woke\n' }]);
    },
    interrupt() {
      calls.push('interrupt');
      job = null;
      // Like the real shell: the tty's ^C echo and the line end come with the interrupt output.
      return done([{ stream: 'stdout', text: '^C\n' }]);
    },
  };
  return { backend, calls, exitPrints: (text: string) => (exitOutput = text) };
}

function fakeClock() {
  let queued: ((t: number) => void) | null = null;
  let handle = 0;
  const clock: FrameClock = {
    request(cb) {
      queued = cb;
      return ++handle;
    },
    cancel() {
      queued = null;
    },
  };
  const frame = (t: number) => {
    const cb = queued;
    queued = null;
    cb?.(t);
  };
  return { clock, frame, pending: () => queued !== null };
}

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
