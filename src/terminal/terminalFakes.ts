// Test stand-ins for the terminal controller's backend and frame clock.
import type { StepResult } from '../store';
import type { FrameClock } from './jobLoop';
import type { ShellBackend } from './terminalController';

// A stand-in shell: `echo X` prints, `sleep N` runs N ms of virtual time, `clear` clears.
export function fakeShell() {
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
