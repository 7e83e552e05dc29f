// Read the saved session. Never throws: whatever is wrong with the stored value becomes a notice
// and the page starts fresh. A bad value is removed so the notice shows once, not on every load.
import { STORAGE_KEY, STORAGE_PREFIX, type PersistedSession, type SessionNotice, type SessionStorage } from './sessionSchema';
import { validateSession } from './validateSession';

export interface LoadResult {
  session?: PersistedSession;
  notice?: SessionNotice;
}

export function loadSession(storage: SessionStorage): LoadResult {
  let text: string | null;
  let stale: string[];
  try {
    text = storage.getItem(STORAGE_KEY);
    stale = otherVersionKeys(storage);
  } catch {
    // Storage switched off or inaccessible: nothing to restore, nothing to warn about here.
    return {};
  }
  for (const key of stale) forget(storage, key);
  if (text === null) return stale.length > 0 ? { notice: 'version' } : {};
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    forget(storage, STORAGE_KEY);
    return { notice: 'corrupt' };
  }
  const checked = validateSession(data);
  if (!checked.ok) {
    forget(storage, STORAGE_KEY);
    return { notice: checked.reason };
  }
  return { session: checked.session };
}

/** Sessions saved by a build with another schema version. */
function otherVersionKeys(storage: SessionStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null && key.startsWith(STORAGE_PREFIX) && key !== STORAGE_KEY) keys.push(key);
  }
  return keys;
}

function forget(storage: SessionStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing more to do: the next load will report it again.
  }
}
