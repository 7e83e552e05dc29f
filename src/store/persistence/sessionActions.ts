// Store actions for the saved session: put a restored one in place, start over, show or dismiss
// the notice about storage.
import type { World } from '../../engine';
import { appStore, type AppStore } from '../appStore';
import { initialBrowser } from '../browser/browserPage';
import { initialSession } from '../sessionSlice';
import { initialUi } from '../uiSlice';
import type { PersistedSession, SessionNotice } from './sessionSchema';
import { readLessonState } from './lessonProgress';
import { promptOf, requireShell } from '../shellRuntime';

export function restoreSession(saved: PersistedSession, store: AppStore = appStore): void {
  const world = withoutForegroundJobs(saved.world);
  store.setState((state) => {
    Object.assign(state, initialSession({}, saved.terminalId));
    state.world = world;
    state.prompt = promptOf(world, saved.terminalId);
    state.ui.lang = saved.ui.lang;
    state.ui.panels = saved.ui.panels;
    state.ui.browser = { ...initialBrowser(), url: saved.ui.browserUrl };
    state.ui.screenReader = saved.ui.screenReader === true;
    const lesson = readLessonState(saved.lesson);
    if (lesson) Object.assign(state.lesson, lesson);
  });
}

/** Start over on a fresh world in the same era; the chosen language and screen-reader mode stay. */
export function resetSession(store: AppStore = appStore): void {
  store.setState((state) => {
    const { lang, sessionEpoch, screenReader } = state.ui;
    Object.assign(state, initialSession({ profile: state.world.profile }, 't1'));
    state.ui = { ...initialUi(), lang, screenReader, sessionEpoch: sessionEpoch + 1 };
  });
}

export function showNotice(notice: SessionNotice, store: AppStore = appStore): void {
  store.setState((state) => {
    state.ui.notice = notice;
  });
}

export function dismissNotice(store: AppStore = appStore): void {
  store.setState((state) => {
    state.ui.notice = null;
  });
}

// A reload closes the terminals the jobs ran in: like a hang-up, the jobs are gone, and every tab
// gets a prompt rather than a screen waiting on a job that no animation frame drives any more.
function withoutForegroundJobs(world: World): World {
  let next = world;
  for (const [id, terminal] of Object.entries(world.terminals)) {
    if (terminal.job) next = requireShell().interrupt(next, id).world;
  }
  return next;
}
