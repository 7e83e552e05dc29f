// The session's timeline: the world it started from, every recorded entry after it, and where the
// store's world stands in it (`cursor` entries applied). Undo, redo and jumps move the cursor and
// rebuild the world by replay from the nearest checkpoint; recording while behind the end forks
// (the redo tail is dropped). Worlds are immutable and structurally shared, so a checkpoint is a
// kept reference, not a copy. Plain mutable data: the store binding (timelineStore.ts) owns it.
import type { World } from '../../engine/world';
import { isCommand, type TimelineEntry } from './timelineEntry';
import type { SharedBase } from './sharedSession';

/** A checkpoint every this many commands: a jump replays at most this many commands' entries. */
export const CHECKPOINT_EVERY = 20;

export interface Timeline {
  log: TimelineEntry[];
  /** Entries applied to reach the store's world. */
  cursor: number;
  /** The world at `cursor`. */
  head: World;
  /** Worlds at log positions (always one at 0), at command starts. */
  checkpoints: Map<number, World>;
  /** Log positions of the command lines (ascending). */
  commands: number[];
  /** How the start world can be made again, when known (a shared link's), for sharing it on. */
  origin?: SharedBase;
}

export function createTimeline(base: World): Timeline {
  return { log: [], cursor: 0, head: base, checkpoints: new Map([[0, base]]), commands: [] };
}

/** Start over from `world` (a reset, a lesson's start, a restored session: history before is gone). */
export function rebase(timeline: Timeline, world: World): void {
  Object.assign(timeline, createTimeline(world));
  // The old start's recipe does not make this world.
  delete timeline.origin;
}

/** Drop the redo tail: what comes after the cursor. */
export function fork(timeline: Timeline): void {
  const { cursor } = timeline;
  if (cursor === timeline.log.length) return;
  timeline.log.length = cursor;
  for (const position of [...timeline.checkpoints.keys()]) if (position > cursor) timeline.checkpoints.delete(position);
  timeline.commands = timeline.commands.filter((position) => position < cursor);
}

/**
 * Record one entry that took the world from `before` (the timeline's head) to `after`. A call that
 * left the world as it was is no step at all. Recording behind the end forks.
 */
export function record(timeline: Timeline, entry: TimelineEntry, after: World): void {
  if (after === timeline.head) return;
  fork(timeline);
  const { log } = timeline;
  const position = log.length;
  if (isCommand(entry)) {
    timeline.commands.push(position);
    if (isCheckpointSlot(timeline, position)) timeline.checkpoints.set(position, timeline.head);
  }
  const last = log[position - 1];
  if (entry.k === 'adv' && last?.k === 'adv' && last.t === entry.t && last.cols === entry.cols) last.ms.push(...entry.ms);
  else log.push(entry.k === 'adv' ? { ...entry, ms: [...entry.ms] } : entry);
  timeline.cursor = log.length;
  timeline.head = after;
}

/**
 * The points a student can stand on: the start, then after each command (which is where the next
 * one begins, or the end of the log for the last). Ascending log positions.
 */
export function pointPositions(timeline: Pick<Timeline, 'commands' | 'log'>): number[] {
  // The first command's start is the start: entries before it (the idle clock's steps, a host tab)
  // make no point of their own.
  const positions = [0, ...timeline.commands.slice(1)];
  if (timeline.commands.length > 0) positions.push(timeline.log.length);
  return positions;
}

/** Which point the cursor stands on (or last passed). */
export function currentPoint(timeline: Timeline): number {
  const positions = pointPositions(timeline);
  let index = 0;
  for (let i = 0; i < positions.length; i++) if (positions[i] <= timeline.cursor) index = i;
  return index;
}

/** The command line that led to point `index` (none for the start). */
export function pointCommand(timeline: Pick<Timeline, 'commands' | 'log'>, index: number): Extract<TimelineEntry, { k: 'line' }> | null {
  if (index <= 0) return null;
  const entry = timeline.log[timeline.commands[index - 1]];
  return entry?.k === 'line' ? entry : null;
}

/** Applies one entry to a world (the shell's calls, see replayEntry.ts). */
export type ApplyEntry = (world: World, entry: TimelineEntry) => World;

/**
 * Move the cursor to log position `target` and return the world there: replay from the nearest
 * checkpoint at or before it (or from the head, when moving forward from it).
 */
export function seek(timeline: Timeline, target: number, apply: ApplyEntry): World {
  const to = Math.max(0, Math.min(target, timeline.log.length));
  let from = 0;
  for (const position of timeline.checkpoints.keys()) if (position <= to && position > from) from = position;
  let world = timeline.checkpoints.get(from) as World;
  if (timeline.cursor <= to && timeline.cursor >= from) {
    from = timeline.cursor;
    world = timeline.head;
  }
  const commandSet = new Set(timeline.commands);
  for (let position = from; position < to; position++) {
    // Keep what this replay passes, so the next jump nearby starts closer.
    if (position > from && commandSet.has(position) && isCheckpointSlot(timeline, position)) timeline.checkpoints.set(position, world);
    world = apply(world, timeline.log[position]);
  }
  timeline.cursor = to;
  timeline.head = world;
  return world;
}

function isCheckpointSlot(timeline: Timeline, position: number): boolean {
  const index = timeline.commands.lastIndexOf(position);
  return index > 0 && index % CHECKPOINT_EVERY === 0;
}
