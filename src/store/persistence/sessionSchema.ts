// What a saved session looks like in the browser's storage. The key carries the schema version, so
// a build with a new schema never reads an old one as its own; the version field inside guards
// against a hand-edited or half-migrated value under the right key.
import type { World } from '../../engine';
import type { Lang, PanelId, PanelState } from '../uiSlice';
import type { SavedLessonState } from '../lessonSlice';

// 2: containers and processes stored in buckets (engine/tables/).
// 3: world.registry (images pushed to the simulated Hub).
// 4: world.swarms (swarm clusters) and daemon.swarm.
export const SCHEMA_VERSION = 4;
export const STORAGE_PREFIX = 'docker-pathshala:session:';
export const STORAGE_KEY = `${STORAGE_PREFIX}v${SCHEMA_VERSION}`;

export interface PersistedSession {
  schema: typeof SCHEMA_VERSION;
  world: World;
  terminalId: string;
  ui: {
    lang: Lang;
    panels: Record<PanelId, PanelState>;
    /** The mini browser's address bar. */
    browserUrl: string;
    /** Optional: sessions saved before the setting existed load without it. */
    screenReader?: boolean;
  };
  /** Optional: sessions saved before lessons existed load without progress (see lessonProgress.ts). */
  lesson?: SavedLessonState;
}

/** The part of localStorage we use; tests pass a Map-backed fake. */
export type SessionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & {
  readonly length: number;
  key(index: number): string | null;
};

/** Why a session could not be restored or saved; each has a notice in the UI strings. */
export type SessionNotice = 'corrupt' | 'version' | 'invalid' | 'quota' | 'saveFailed';
