// Saving the session across reloads (see README.md in src/store).
export { STORAGE_KEY, SCHEMA_VERSION, type PersistedSession, type SessionNotice, type SessionStorage } from './sessionSchema';
export { validateSession } from './validateSession';
export { loadSession, type LoadResult } from './loadSession';
export { saveSession, sessionSnapshot, clearSession } from './saveSession';
export { restoreSession, resetSession, showNotice, dismissNotice } from './sessionActions';
export { startPersistence, SAVE_DELAY_MS, type Persistence } from './startPersistence';
