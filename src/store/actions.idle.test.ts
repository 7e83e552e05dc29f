import { describe, expect, it, vi } from 'vitest';
import { advanceClock, advanceIdleClock, runLine } from './actions';
import { createAppStore } from './appStore';
import { pointPositions } from './timeline/timeline';
import { timelineOf } from './timeline/timelineStore';
import { undo } from './timeline/timelineActions';

const text = (result: { output: { text: string }[] }) => result.output.map((chunk) => chunk.text).join('');

describe('advanceIdleClock', () => {
  it('moves the world while the prompt waits: a detached sleep 3 exits', () => {
    const store = createAppStore();
    runLine('docker run -d --name sleeper busybox sleep 3', store);
    // The pull is a foreground job: its frames move the clock.
    while (store.getState().running) advanceClock(100, store);
    runLine('false', store);
    const now = store.getState().world.now;
    for (let i = 0; i < 4; i++) {
      expect(advanceIdleClock(1000, store, 't1', 80)).toEqual({ output: [], prompt: 'docker@default:~$ ', running: false });
    }
    expect(store.getState().world.now).toBe(now + 4000);
    // No line ran: $? is still the last command's.
    expect(store.getState().lastExitCode).toBe(1);
    expect(text(runLine("docker ps -a --format '{{.Status}}'", store))).toBe('Exited (0) 1 second ago\n');
  });

  it('idle steps grow one timeline entry instead of one per second', () => {
    const store = createAppStore();
    runLine('echo hi', store);
    advanceIdleClock(1000, store, 't1', 80);
    advanceIdleClock(1000, store, 't1', 80);
    advanceIdleClock(700, store, 't1', 80);
    expect(timelineOf(store).timeline.log).toEqual([
      { k: 'line', t: 't1', line: 'echo hi' },
      { k: 'adv', t: 't1', ms: [1000, 1000, 700], cols: 80 },
    ]);
  });

  it('moves nothing while a job runs, for a tab not shown, or while the timeline stands behind its end', () => {
    const store = createAppStore();
    runLine('echo one', store);
    runLine('sleep 10', store);
    const now = store.getState().world.now;
    expect(advanceIdleClock(1000, store)).toBeNull();
    expect(advanceIdleClock(1000, store, 't2')).toBeNull();
    expect(store.getState().world.now).toBe(now);

    const behind = createAppStore();
    runLine('echo one', behind);
    runLine('echo two', behind);
    expect(undo(behind)).toBe('moved');
    const log = timelineOf(behind).timeline.log.length;
    expect(advanceIdleClock(1000, behind)).toBeNull();
    // Redo still has its tail.
    expect(timelineOf(behind).timeline.log.length).toBe(log);
  });

  it('moves nothing before the shell is loaded', async () => {
    vi.resetModules();
    const actions = await import('./actions');
    const { createAppStore: freshStore } = await import('./appStore');
    const store = freshStore();
    const now = store.getState().world.now;
    expect(actions.advanceIdleClock(1000, store)).toBeNull();
    expect(store.getState().world.now).toBe(now);
  });
});

describe('the idle clock and the timeline', () => {
  it('idle steps before the first command make no point of their own', () => {
    const store = createAppStore();
    advanceIdleClock(1000, store, 't1', 80);
    runLine('echo one', store);
    advanceIdleClock(1000, store, 't1', 80);
    runLine('echo two', store);
    expect(pointPositions(timelineOf(store).timeline)).toEqual([0, 3, 4]);
    expect(undo(store)).toBe('moved');
    expect(undo(store)).toBe('moved');
    expect(store.getState().world.now).toBe(createAppStore().getState().world.now);
  });
});
