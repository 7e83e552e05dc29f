// What the timeline records: every call that moves the world, as plain JSON data, so that the same
// seed + the same entries give the same world again (the engine is deterministic) and the log can
// travel in a share link. Terminal ids are the world's own (`t1` …), so replay needs no mapping.
import type { ShellModule } from '../shellRuntime';

export type SqlAnswer = Parameters<ShellModule['answerSql']>[2];

export type TimelineEntry =
  /** A line entered at a terminal (blank lines too: they move the prompt and $?). */
  | { k: 'line'; t: string; line: string }
  /**
   * Consecutive clock frames of one terminal with the same width, one number per frame: a job's
   * step may depend on how its time was cut, so replay advances frame by frame as the live run did.
   */
  | { k: 'adv'; t: string; ms: number[]; cols?: number }
  /** Ctrl-C. */
  | { k: 'int'; t: string }
  /** The editor panel wrote its buffer (to the editor's own file, or to `name`). */
  | { k: 'save'; t: string; text: string; name?: string }
  /** The editor panel quit. */
  | { k: 'close'; t: string }
  /** A host tab opened its first terminal. */
  | { k: 'tab'; host: string }
  /** The mini browser loaded an address from a terminal's host. */
  | { k: 'browse'; t: string; url: string }
  /** The database driver answered a waiting SQL request (asynchronous, so its moment is recorded). */
  | { k: 'sql'; id: string; answer: SqlAnswer };

/** A typed, non-blank command line: the timeline shows one point per such line. */
export function isCommand(entry: TimelineEntry): entry is Extract<TimelineEntry, { k: 'line' }> {
  return entry.k === 'line' && entry.line.trim() !== '';
}
