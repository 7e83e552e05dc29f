// Share links: the session as `#s=…` (see shareCodec.ts), and opening one. Opening builds the
// link's world apart from the store (start world, then every entry replayed) and only a world that
// came out whole replaces the session; a refused link leaves the store, and so the saved session,
// as it was.
import type { World } from '../../engine/world';
import { createWorld, DEFAULT_SEED } from '../../engine/createWorld';
import { getLessonMeta, loadLesson } from '../../lessons/lessonRegistry';
import { prepareLessonWorld } from '../../lessons/prepareLessonWorld';
import { appStore, type AppStore } from '../appStore';
import { interrupt } from '../actions';
import { initialBrowser } from '../browser/browserPage';
import { initialSession } from '../sessionSlice';
import { loadShell, promptOf } from '../shellRuntime';
import { createTimeline, record, type Timeline } from './timeline';
import { publish, timelineOf } from './timelineStore';
import { replayEntry } from './replayEntry';
import { decodeSharedSession, encodeSharedSession } from './shareCodec';
import { exportScript } from './exportScript';
import { SHARE_VERSION, type SharedBase, type SharedSession } from './sharedSession';

/** The session as a link can carry it, or null when its start world cannot be made again. */
export async function sharedSessionOf(store: AppStore = appStore, withRedo = false): Promise<SharedSession | null> {
  const { timeline } = timelineOf(store);
  const start = timeline.checkpoints.get(0) as World;
  const base = await baseOf(start, timeline.origin, store.getState().lesson.current);
  if (!base) return null;
  // Found once, kept (unless the timeline started over meanwhile): later saves need no lesson load,
  // so the save at pagehide finishes within the event.
  if (timeline.checkpoints.get(0) === start) timeline.origin = base;
  // What can be redone is not part of where the student stands (a link); the saved timeline keeps it.
  const log = timeline.log.slice(0, withRedo ? timeline.log.length : timeline.cursor);
  return { v: SHARE_VERSION, base, lesson: store.getState().lesson.current, log };
}

/** The page's address with the session in its fragment, or null (see sharedSessionOf). */
export async function shareLink(pageUrl: string, store: AppStore = appStore): Promise<string | null> {
  const session = await sharedSessionOf(store);
  if (!session) return null;
  return pageUrl.replace(/#.*$/, '') + (await encodeSharedSession(session));
}

async function baseOf(world: World, origin: SharedBase | undefined, lesson: string | null): Promise<SharedBase | null> {
  if (origin) return origin;
  const json = JSON.stringify(world);
  const fresh: SharedBase = { kind: 'fresh', seed: DEFAULT_SEED, profile: world.profile };
  if (JSON.stringify(createWorld(fresh)) === json) return fresh;
  if (lesson && getLessonMeta(lesson) && JSON.stringify(await lessonWorld(lesson)) === json) return { kind: 'lesson', id: lesson };
  return null;
}

async function lessonWorld(id: string): Promise<World> {
  return prepareLessonWorld(await loadLesson(id));
}

export type OpenResult = 'opened' | 'notShare' | 'malformed' | 'unknownLesson' | 'replayFailed';

/** Open the session in `hash` (`#s=…`), replacing the store's. */
export async function openShareLink(hash: string, store: AppStore = appStore): Promise<OpenResult> {
  const decoded = await decodeSharedSession(hash);
  if (!decoded.ok) return decoded.reason;
  const { session } = decoded;
  for (const id of [session.base.kind === 'lesson' ? session.base.id : null, session.lesson]) {
    if (id !== null && !getLessonMeta(id)) return 'unknownLesson';
  }
  const built = await buildTimeline(session).catch(() => null);
  // A log this build's shell cannot replay (a terminal or host that never came to be).
  if (!built) return 'replayFailed';
  install(store, built.head, session.lesson);
  Object.assign(timelineOf(store).timeline, built);
  publish(store);
  // A job the link caught mid-run has no terminal loop to drive it here: hang it up, as a reload does.
  for (const [id, terminal] of Object.entries(built.head.terminals)) if (terminal.job) interrupt(store, id);
  return 'opened';
}

/** A timeline of the session's start world and every entry replayed (throws when replay fails). */
export async function buildTimeline(session: SharedSession): Promise<Timeline> {
  await loadShell();
  const start = session.base.kind === 'fresh' ? createWorld(session.base) : await lessonWorld(session.base.id);
  const built = createTimeline(start);
  for (const entry of session.log) record(built, entry, replayEntry(built.head, entry));
  built.origin = session.base;
  return built;
}

function install(store: AppStore, world: World, lesson: string | null): void {
  const { timeline } = timelineOf(store);
  // The subscription must see the new world as the timeline's own, not as a reset to rebase on.
  timeline.head = world;
  store.setState((state) => {
    const terminalId = Object.keys(world.terminals)[0] ?? 't1';
    Object.assign(state, initialSession({}, terminalId));
    state.world = world;
    state.prompt = promptOf(world, terminalId);
    state.ui.sessionEpoch += 1;
    state.ui.browser = initialBrowser();
    state.lesson.current = lesson;
    state.lesson.section = 0;
    state.lesson.lastStderr = '';
    state.lesson.fill = null;
    if (lesson) state.lesson.progress[lesson] ??= { done: [] };
  });
}

/** The session as a shell script for a real machine (see exportScript.ts). */
export function sessionScript(store: AppStore = appStore): string {
  return exportScript(timelineOf(store).timeline, replayEntry);
}
