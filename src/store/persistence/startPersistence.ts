// The page's persistence: restore the saved session before the UI renders, then save it a moment
// after each change (debounced, so a job's per-frame clock ticks cost one write once it settles)
// and at once when the page is hidden or unloaded.
import { appStore, type AppStore } from '../appStore';
import type { AppState } from '../appState';
import { loadSession } from './loadSession';
import { clearSession, saveSession } from './saveSession';
import type { SessionStorage } from './sessionSchema';
import { restoreSession, showNotice } from './sessionActions';

export const SAVE_DELAY_MS = 400;

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface PersistenceOptions {
  storage: SessionStorage;
  store?: AppStore;
  delayMs?: number;
  timers?: Timers;
  /** Where `pagehide` fires (the window in the browser). */
  page?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

export interface Persistence {
  /** Save now if a change is waiting. */
  flush(): void;
  stop(): void;
}

const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function startPersistence(options: PersistenceOptions): Persistence {
  const { storage, store = appStore, delayMs = SAVE_DELAY_MS, timers = browserTimers, page } = options;
  restore(storage, store);

  let pending: unknown = null;
  const save = () => {
    if (pending !== null) timers.clear(pending);
    pending = null;
    const notice = saveSession(storage, store.getState());
    if (notice && store.getState().ui.notice !== notice) showNotice(notice, store);
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (!changedSavedParts(state, prev)) return;
    if (pending !== null) timers.clear(pending);
    pending = timers.set(save, delayMs);
  });
  const flush = () => {
    if (pending !== null) save();
  };
  page?.addEventListener('pagehide', flush);

  return {
    flush,
    stop() {
      if (pending !== null) timers.clear(pending);
      pending = null;
      unsubscribe();
      page?.removeEventListener('pagehide', flush);
    },
  };
}

function restore(storage: SessionStorage, store: AppStore): void {
  const loaded = loadSession(storage);
  if (loaded.session) {
    try {
      restoreSession(loaded.session, store);
    } catch {
      // Valid in shape but not to the shell of this build: start fresh rather than break the page.
      clearSession(storage);
      showNotice('invalid', store);
    }
  } else if (loaded.notice) showNotice(loaded.notice, store);
}

function changedSavedParts(state: AppState, prev: AppState): boolean {
  return (
    state.world !== prev.world ||
    state.terminalId !== prev.terminalId ||
    state.ui.lang !== prev.ui.lang ||
    state.ui.panels !== prev.ui.panels ||
    state.ui.browser.url !== prev.ui.browser.url ||
    state.ui.screenReader !== prev.ui.screenReader ||
    state.lesson.progress !== prev.lesson.progress ||
    state.lesson.current !== prev.lesson.current ||
    state.lesson.section !== prev.lesson.section
  );
}
