import { describe, expect, it, vi } from 'vitest';
import * as shell from '../shell';
import { createWorld } from '../engine/createWorld';
import { firstPrompt } from './shellRuntime';

describe('firstPrompt', () => {
  it('is the shell prompt of a fresh world in both eras', () => {
    for (const profile of ['current', 'classic'] as const) {
      const world = createWorld({ profile });
      expect(firstPrompt(world, 't1')).toBe(shell.getPrompt(world, 't1'));
    }
    expect(firstPrompt(createWorld({ profile: 'classic' }), 't1')).toBe('docker@default:~$ ');
  });

  it('is the shell prompt of a host shell after commands ran (cd, a continued line)', () => {
    let world = createWorld();
    world = shell.runLine(world, 't1', 'cd /tmp').world;
    expect(firstPrompt(world, 't1')).toBe(shell.getPrompt(world, 't1'));
    world = shell.runLine(world, 't1', 'echo "open').world;
    expect(firstPrompt(world, 't1')).toBe('> ');
  });

  it('leaves container shells and jobs to the shell', () => {
    let world = shell.runLine(createWorld(), 't1', 'docker run -it busybox sh').world;
    while (world.terminals.t1.job) world = shell.advance(world, 't1', 1000).world;
    expect(shell.getPrompt(world, 't1')).toBe('/ # ');
    expect(firstPrompt(world, 't1')).toBeUndefined();
  });
});

describe('the store before the shell is loaded', () => {
  // A fresh module graph: this store and its shellRuntime have not been handed the shell.
  async function freshStore() {
    vi.resetModules();
    const actions = await import('./actions');
    const runtime = await import('./shellRuntime');
    const { createAppStore } = await import('./appStore');
    return { ...actions, runtime, store: createAppStore() };
  }

  it('shows the first prompt; a line waits as a running job and runs once the shell is in', async () => {
    const { runtime, store, currentPrompt, runLine, advanceClock } = await freshStore();
    expect(runtime.shellIfLoaded()).toBeNull();
    expect(currentPrompt(store)).toBe('docker@default:~$ ');
    expect(runLine('echo hi', store)).toEqual({ output: [], prompt: '', running: true });
    expect(store.getState().running).toBe(true);
    // runLine started the load; the clock frames before it lands change nothing.
    const loading = runtime.loadShell();
    const now = store.getState().world.now;
    await loading;
    const result = advanceClock(16, store);
    expect(result).toEqual({ output: [{ stream: 'stdout', text: 'hi\n' }], prompt: 'docker@default:~$ ', running: false });
    expect(store.getState().world.now).toBe(now);
    expect(store.getState().world.terminals.t1.history).toEqual(['echo hi']);
    expect(store.getState().running).toBe(false);
  });

  it('Ctrl-C before the shell is in drops the waiting line', async () => {
    const { runtime, store, runLine, interrupt } = await freshStore();
    runLine('sleep 5', store);
    expect(interrupt(store)).toEqual({ output: [{ stream: 'stdout', text: '^C\n' }], prompt: 'docker@default:~$ ', running: false });
    await runtime.loadShell();
    expect(store.getState().world.terminals.t1.history).toEqual([]);
    expect(store.getState().running).toBe(false);
  });
});
