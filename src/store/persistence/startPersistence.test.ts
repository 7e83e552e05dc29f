import { describe, it, expect } from 'vitest';
import { createAppStore } from '../appStore';
import { advanceClock, runLine, setLang } from '../actions';
import { fakeStorage } from './fakeStorage';
import { saveSession } from './saveSession';
import { STORAGE_KEY } from './sessionSchema';
import { startPersistence, type Timers } from './startPersistence';

/** Timers run by hand: `fire()` runs what is due. */
function manualTimers(): Timers & { due: () => number; fire: () => void } {
  let next = 1;
  const waiting = new Map<number, () => void>();
  return {
    set(callback) {
      waiting.set(next, callback);
      return next++;
    },
    clear: (handle) => void waiting.delete(handle as number),
    due: () => waiting.size,
    fire() {
      const callbacks = [...waiting.values()];
      waiting.clear();
      for (const callback of callbacks) callback();
    },
  };
}

function fakePage() {
  const listeners = new Map<string, () => void>();
  return {
    addEventListener: (type: string, listener: unknown) => void listeners.set(type, listener as () => void),
    removeEventListener: (type: string) => void listeners.delete(type),
    fire: (type: string) => listeners.get(type)?.(),
    listeners,
  };
}

describe('startPersistence', () => {
  it('saves once, a moment after a burst of changes', () => {
    const storage = fakeStorage();
    const store = createAppStore();
    const timers = manualTimers();
    startPersistence({ storage, store, timers });
    runLine('docker run -d --name a busybox sleep 1000', store);
    advanceClock(10_000, store); // the pull plays out as a foreground job
    runLine('docker run -d --name b busybox sleep 1000', store);
    expect(timers.due()).toBe(1);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    timers.fire();
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).world.terminals.t1.history).toEqual([
      'docker run -d --name a busybox sleep 1000',
      'docker run -d --name b busybox sleep 1000',
    ]);
  });

  it('pagehide saves at once; after stop nothing is saved', () => {
    const storage = fakeStorage();
    const store = createAppStore();
    const page = fakePage();
    const persistence = startPersistence({ storage, store, timers: manualTimers(), page });
    setLang('en', store);
    page.fire('pagehide');
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).ui.lang).toBe('en');
    persistence.stop();
    expect(page.listeners.size).toBe(0);
    setLang('bn', store);
    page.fire('pagehide');
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).ui.lang).toBe('en');
  });

  it('restores what an earlier page saved', () => {
    const storage = fakeStorage();
    const earlier = createAppStore();
    runLine('echo hi', earlier);
    saveSession(storage, earlier.getState());
    const store = createAppStore();
    startPersistence({ storage, store, timers: manualTimers() });
    expect(store.getState().world).toEqual(earlier.getState().world);
    expect(store.getState().ui.notice).toBeNull();
  });

  it('corrupt stored data: a fresh session with the notice', () => {
    const storage = fakeStorage();
    storage.setItem(STORAGE_KEY, 'not json');
    const store = createAppStore();
    startPersistence({ storage, store, timers: manualTimers() });
    expect(store.getState().world).toEqual(createAppStore().getState().world);
    expect(store.getState().ui.notice).toBe('corrupt');
  });

  it('a save over quota shows the quota notice and the session keeps running', () => {
    const storage = fakeStorage(100);
    const store = createAppStore();
    const timers = manualTimers();
    startPersistence({ storage, store, timers });
    runLine('echo one', store);
    timers.fire();
    expect(store.getState().ui.notice).toBe('quota');
    expect(runLine('echo two', store).output).toEqual([{ stream: 'stdout', text: 'two\n' }]);
  });
});
