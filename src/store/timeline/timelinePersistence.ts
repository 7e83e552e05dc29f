// The timeline across reloads: the log (with its redo tail) and the cursor, beside the saved
// session, under a key of its own. The saved world stays the session's truth: on restore the log is
// replayed and adopted only if it leads to exactly that world; otherwise the timeline starts at it.
// Worlds are not stored (too big); checkpoints come back as the replay passes them.
import type { World } from '../../engine/world';
import { appStore, type AppStore } from '../appStore';
import type { SessionStorage } from '../persistence/sessionSchema';
import { sharedSessionOf, buildTimeline } from './shareActions';
import { validateSharedSession } from './sharedSession';
import { seek } from './timeline';
import { replayEntry } from './replayEntry';
import { publish, timelineOf } from './timelineStore';

export const TIMELINE_KEY = 'docker-pathshala:timeline:v1';
const SAVE_DELAY_MS = 1000;

interface SavedTimeline {
  session: unknown;
  cursor: number;
}

/** Adopt the saved timeline if it replays to the store's world. Returns whether it did. */
export async function restoreTimeline(storage: Pick<SessionStorage, 'getItem' | 'removeItem'>, store: AppStore = appStore): Promise<boolean> {
  let saved: SavedTimeline;
  try {
    saved = JSON.parse(storage.getItem(TIMELINE_KEY) ?? 'null') as SavedTimeline;
  } catch {
    saved = null as unknown as SavedTimeline;
  }
  if (!saved || typeof saved !== 'object') return false;
  const session = validateSharedSession(saved.session);
  const cursor = saved.cursor;
  if (!session || !Number.isInteger(cursor) || cursor < 0 || cursor > session.log.length) {
    storage.removeItem(TIMELINE_KEY);
    return false;
  }
  const world: World = store.getState().world;
  const built = await buildTimeline(session).catch(() => null);
  if (!built) return false;
  // Stand where the student stood: the cursor's world must be the restored world.
  if (JSON.stringify(seek(built, cursor, replayEntry)) !== JSON.stringify(world) || store.getState().world !== world) return false;
  built.head = world;
  Object.assign(timelineOf(store).timeline, built);
  publish(store);
  return true;
}

/** Save the timeline now (or remove it when its start cannot be made again). */
export async function saveTimeline(storage: Pick<SessionStorage, 'setItem' | 'removeItem'>, store: AppStore = appStore): Promise<void> {
  const { timeline } = timelineOf(store);
  const cursor = timeline.cursor;
  const session = await sharedSessionOf(store, true);
  try {
    if (session) storage.setItem(TIMELINE_KEY, JSON.stringify({ session, cursor } satisfies SavedTimeline));
    else storage.removeItem(TIMELINE_KEY);
  } catch {
    // A full quota: the session itself matters more; the timeline is a nicety.
    storage.removeItem(TIMELINE_KEY);
  }
}

/**
 * Save the timeline a moment after it or the world changes (the idle clock and a job's frames grow
 * the last entry without a new point), and at once at `pagehide`, when the session is saved too:
 * the two must agree for the restore to adopt the timeline. Returns the stop function.
 */
export function startTimelinePersistence(
  storage: Pick<SessionStorage, 'setItem' | 'removeItem'>,
  store: AppStore = appStore,
  page: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null = typeof window === 'undefined' ? null : window,
): () => void {
  let pending: ReturnType<typeof setTimeout> | null = null;
  // At most SAVE_DELAY_MS after the first change, not after the last: the idle clock changes the
  // world every second, so a delay restarted by each change might never end.
  const later = () => {
    pending ??= setTimeout(now, SAVE_DELAY_MS);
  };
  const now = () => {
    if (pending !== null) clearTimeout(pending);
    pending = null;
    void saveTimeline(storage, store);
  };
  const unsubscribeSummary = timelineOf(store).summary.subscribe(later);
  const unsubscribeWorld = store.subscribe((state, prev) => {
    if (state.world !== prev.world) later();
  });
  const flush = () => {
    if (pending !== null) now();
  };
  page?.addEventListener('pagehide', flush);
  return () => {
    if (pending !== null) clearTimeout(pending);
    unsubscribeSummary();
    unsubscribeWorld();
    page?.removeEventListener('pagehide', flush);
  };
}
