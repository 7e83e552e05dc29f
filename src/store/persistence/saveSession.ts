// Write the session. A world too large for the quota is reported, not thrown: the simulation keeps
// running and the last value that fitted stays in storage.
import type { AppState } from '../appState';
import { savedLesson } from './lessonProgress';
import { SCHEMA_VERSION, STORAGE_KEY, type PersistedSession, type SessionNotice, type SessionStorage } from './sessionSchema';

export function sessionSnapshot(state: AppState): PersistedSession {
  const { lang, panels, browser, screenReader } = state.ui;
  return {
    schema: SCHEMA_VERSION,
    world: state.world,
    terminalId: state.terminalId,
    ui: { lang, panels, browserUrl: browser.url, screenReader },
    lesson: savedLesson(state.lesson),
  };
}

/** Save; returns the notice to show when it failed. */
export function saveSession(storage: SessionStorage, state: AppState): SessionNotice | null {
  let text: string;
  try {
    text = JSON.stringify(sessionSnapshot(state));
  } catch {
    return 'saveFailed';
  }
  try {
    storage.setItem(STORAGE_KEY, text);
    return null;
  } catch (error) {
    return isQuotaError(error) ? 'quota' : 'saveFailed';
  }
}

export function clearSession(storage: SessionStorage): void {
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    // Inaccessible storage holds nothing of ours to clear.
  }
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  // Chromium and WebKit say QuotaExceededError (code 22); old Firefox said NS_ERROR_DOM_QUOTA_REACHED (1014).
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
