import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../appStore';
import { advanceClock, runLine } from '../actions';
import { fakeStorage } from '../persistence/fakeStorage';
import { restoreTimeline, saveTimeline, startTimelinePersistence, TIMELINE_KEY } from './timelinePersistence';
import { pointLabels, redo, undo } from './timelineActions';
import { shareLink } from './shareActions';

/** A store as a reload leaves it: the saved world in place, no timeline yet. */
function reloaded(world: AppStore): AppStore {
  const store = createAppStore();
  store.setState((state) => {
    state.world = world.getState().world;
  });
  return store;
}

describe('timeline persistence', () => {
  it('a reload keeps undo, redo and sharing', async () => {
    const storage = fakeStorage();
    const before = createAppStore({ profile: 'classic' });
    runLine('docker network create n1', before);
    runLine('docker network create n2', before);
    runLine('docker network create n3', before);
    undo(before);
    await saveTimeline(storage, before);

    const after = reloaded(before);
    expect(await restoreTimeline(storage, after)).toBe(true);
    expect(pointLabels(after)).toEqual(pointLabels(before));
    expect(redo(after)).toBe('moved');
    expect(JSON.stringify(after.getState().world)).toContain('"n3"');
    expect(await shareLink('https://x/', after)).not.toBeNull();
  });

  it('clock frames that only grow the last entry are saved too, at once at pagehide', async () => {
    const storage = fakeStorage();
    const page = new EventTarget();
    const store = createAppStore({ profile: 'classic' });
    const stop = startTimelinePersistence(storage, store, page);
    runLine('docker network create n1', store);
    advanceClock(1000, store);
    advanceClock(1000, store);
    page.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(await restoreTimeline(storage, reloaded(store))).toBe(true);
  });

  it('a saved timeline that does not lead to the saved world is dropped', async () => {
    const storage = fakeStorage();
    const a = createAppStore({ profile: 'classic' });
    runLine('docker network create n1', a);
    await saveTimeline(storage, a);
    const b = createAppStore({ profile: 'classic' });
    runLine('docker network create other', b);
    expect(await restoreTimeline(storage, reloaded(b))).toBe(false);
    storage.setItem(TIMELINE_KEY, '{"session":{"v":1},"cursor":0}');
    expect(await restoreTimeline(storage, reloaded(b))).toBe(false);
    expect(storage.getItem(TIMELINE_KEY)).toBeNull();
    storage.setItem(TIMELINE_KEY, 'not json');
    expect(await restoreTimeline(storage, reloaded(b))).toBe(false);
  });

  it('a timeline whose start cannot be made again is not saved', async () => {
    const storage = fakeStorage();
    storage.setItem(TIMELINE_KEY, 'old');
    const store = reloaded(createAppStore({ seed: 3 }));
    runLine('docker network create n1', store);
    await saveTimeline(storage, store);
    expect(storage.getItem(TIMELINE_KEY)).toBeNull();
  });
});
