// Test stand-ins for the terminal controller's backend and frame clock.
import type { StepResult } from '../store';
import type { FrameClock } from './jobLoop';
import type { IdleTimer } from './idleClock';
import type { ShellBackend } from './terminalController';

// A stand-in shell: `echo X` prints, `sleep N` runs N ms of virtual time, `clear` clears.
export function fakeShell() {
  const calls: string[] = [];
  let job: { left: number } | null = null;
  let exitOutput = '';
  // What the next idle step prints (a background job's late output).
  let idleOutput = '';
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
    advanceIdleClock(ms) {
      if (job) return null;
      calls.push(`idle ${ms}`);
      const text = idleOutput;
      idleOutput = '';
      return done(text ? [{ stream: 'stdout', text }] : []);
    },
    interrupt() {
      calls.push('interrupt');
      job = null;
      // Like the real shell: the tty's ^C echo and the line end come with the interrupt output.
      return done([{ stream: 'stdout', text: '^C\n' }]);
    },
  };
  return {
    backend,
    calls,
    exitPrints: (text: string) => (exitOutput = text),
    idlePrints: (text: string) => (idleOutput = text),
  };
}

export function fakeClock() {
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

/** A wall clock and one repeating timer, fired by hand: `fire(t)` sets the time to t and runs it. */
export function fakeIdleTimer() {
  let time = 0;
  let callback: (() => void) | null = null;
  let handle = 0;
  const timer: IdleTimer = {
    now: () => time,
    every(_ms, cb) {
      callback = cb;
      return ++handle;
    },
    cancel() {
      callback = null;
    },
  };
  const fire = (t: number) => {
    time = t;
    callback?.();
  };
  return { timer, fire, setTime: (t: number) => (time = t), on: () => callback !== null };
}
