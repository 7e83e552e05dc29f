// Whether restoring the stored session must wait for the shell: a terminal has a job to hang up,
// the active terminal stands where only the shell knows the prompt (a container shell, a REPL), or
// there are other machines (their tabs open terminals through the shell).
// A session left at a host prompt restores without it, so its first prompt is as quick as a
// fresh one's. Anything unreadable is loadSession's to report; then nothing waits.
import { firstPrompt } from '../shellRuntime';
import { STORAGE_KEY, type PersistedSession, type SessionStorage } from './sessionSchema';

export function restoreNeedsShell(storage: SessionStorage): boolean {
  let data: PersistedSession;
  try {
    const text = storage.getItem(STORAGE_KEY);
    if (text === null) return false;
    data = JSON.parse(text) as PersistedSession;
  } catch {
    return false;
  }
  try {
    if (Object.keys(data.world.hosts).length > 1) return true;
    if (Object.values(data.world.terminals).some((t) => t.job)) return true;
    return firstPrompt(data.world, data.terminalId) === undefined;
  } catch {
    // A shape the checks below firstPrompt did not expect: validateSession decides, with the shell.
    return true;
  }
}
