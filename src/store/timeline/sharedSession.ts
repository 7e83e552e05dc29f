// A shared session as it travels in a link: where the world started (a fresh world of a seed and
// era, or a lesson's prepared world), the lesson open, and the recorded entries. Everything read
// from a link is untrusted: `validateSharedSession` accepts exactly this shape, within limits, and
// refuses anything else (unknown keys too), so a crafted link can neither smuggle data into the
// world nor make the page replay for minutes.
import type { ProfileName } from '../../engine/world';
import type { TimelineEntry } from './timelineEntry';

export const SHARE_VERSION = 1;

export type SharedBase = { kind: 'fresh'; seed: number; profile: ProfileName } | { kind: 'lesson'; id: string };

export interface SharedSession {
  v: typeof SHARE_VERSION;
  base: SharedBase;
  /** The lesson open in the panel (null: the sandbox). */
  lesson: string | null;
  log: TimelineEntry[];
}

export const SHARE_LIMITS = {
  entries: 5000,
  /** Clock frames over all `adv` entries. */
  frames: 200_000,
  /** Virtual time over all frames: a day. */
  advanceMs: 24 * 3600 * 1000,
  frameMs: 600_000,
  lineChars: 4096,
  fileChars: 256 * 1024,
  urlChars: 2048,
  /** Characters after `#s=`. */
  fragmentChars: 200_000,
  /** Bytes after inflating (a small link must not inflate into a huge one). */
  jsonBytes: 4 * 1024 * 1024,
} as const;

const TERMINAL_ID = /^t[1-9][0-9]{0,3}$/;
const HOST_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const LESSON_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function hasOnlyKeys(value: Obj, required: string[], optional: string[] = []): boolean {
  const keys = Object.keys(value);
  return required.every((key) => Object.hasOwn(value, key)) && keys.every((key) => required.includes(key) || optional.includes(key));
}

const isString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isInt = (value: unknown, min: number, max: number): value is number => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

function validBase(value: unknown): SharedBase | null {
  if (!isObject(value)) return null;
  if (value.kind === 'fresh' && hasOnlyKeys(value, ['kind', 'seed', 'profile'])) {
    if (!isInt(value.seed, 0, 0xffffffff) || (value.profile !== 'current' && value.profile !== 'classic')) return null;
    return { kind: 'fresh', seed: value.seed, profile: value.profile };
  }
  if (value.kind === 'lesson' && hasOnlyKeys(value, ['kind', 'id']) && typeof value.id === 'string' && LESSON_ID.test(value.id)) {
    return { kind: 'lesson', id: value.id };
  }
  return null;
}

interface Budget {
  frames: number;
  ms: number;
}

function validEntry(value: unknown, budget: Budget): TimelineEntry | null {
  if (!isObject(value)) return null;
  const terminal = typeof value.t === 'string' && TERMINAL_ID.test(value.t) ? value.t : null;
  switch (value.k) {
    case 'line':
      return hasOnlyKeys(value, ['k', 't', 'line']) && terminal && isString(value.line, SHARE_LIMITS.lineChars) ? { k: 'line', t: terminal, line: value.line } : null;
    case 'adv': {
      if (!hasOnlyKeys(value, ['k', 't', 'ms'], ['cols']) || !terminal || !Array.isArray(value.ms) || value.ms.length === 0) return null;
      if (value.cols !== undefined && !isInt(value.cols, 1, 1000)) return null;
      budget.frames += value.ms.length;
      if (budget.frames > SHARE_LIMITS.frames) return null;
      for (const ms of value.ms) {
        if (!isInt(ms, 0, SHARE_LIMITS.frameMs)) return null;
        budget.ms += ms;
      }
      if (budget.ms > SHARE_LIMITS.advanceMs) return null;
      const ms = [...(value.ms as number[])];
      return value.cols === undefined ? { k: 'adv', t: terminal, ms } : { k: 'adv', t: terminal, ms, cols: value.cols as number };
    }
    case 'int':
    case 'close':
      return hasOnlyKeys(value, ['k', 't']) && terminal ? { k: value.k, t: terminal } : null;
    case 'save': {
      if (!hasOnlyKeys(value, ['k', 't', 'text'], ['name']) || !terminal || !isString(value.text, SHARE_LIMITS.fileChars)) return null;
      if (value.name === undefined) return { k: 'save', t: terminal, text: value.text };
      return isString(value.name, SHARE_LIMITS.lineChars) && value.name !== '' ? { k: 'save', t: terminal, text: value.text, name: value.name } : null;
    }
    case 'tab':
      return hasOnlyKeys(value, ['k', 'host']) && typeof value.host === 'string' && HOST_NAME.test(value.host) ? { k: 'tab', host: value.host } : null;
    case 'browse':
      return hasOnlyKeys(value, ['k', 't', 'url']) && terminal && isString(value.url, SHARE_LIMITS.urlChars) ? { k: 'browse', t: terminal, url: value.url } : null;
    default:
      // SQL answers carry a database's data: a link does not get to write it into the world.
      return null;
  }
}

/** The session a link carries, or null when anything about it is off. */
export function validateSharedSession(value: unknown): SharedSession | null {
  if (!isObject(value) || !hasOnlyKeys(value, ['v', 'base', 'lesson', 'log']) || value.v !== SHARE_VERSION) return null;
  const base = validBase(value.base);
  if (!base) return null;
  const lesson = value.lesson === null ? null : typeof value.lesson === 'string' && LESSON_ID.test(value.lesson) ? value.lesson : undefined;
  if (lesson === undefined) return null;
  if (!Array.isArray(value.log) || value.log.length > SHARE_LIMITS.entries) return null;
  const budget: Budget = { frames: 0, ms: 0 };
  const log: TimelineEntry[] = [];
  for (const item of value.log) {
    const entry = validEntry(item, budget);
    if (!entry) return null;
    log.push(entry);
  }
  return { v: SHARE_VERSION, base, lesson, log };
}
