// The timeline of each app store, and the one call the store's actions make to record a step.
// Small on purpose: the actions that record are in the first chunk; undo/redo and replay
// (timelineActions.ts) load with the timeline strip.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { World } from '../../engine/world';
import type { AppStore } from '../appStore';
import { createTimeline, currentPoint, pointPositions, rebase, record, type Timeline } from './timeline';
import type { TimelineEntry } from './timelineEntry';

/** What the strip shows; replaced after every change, so React re-renders from it. */
export interface TimelineSummary {
  /** Points: the start, then one after each command. */
  points: number;
  /** The point the world stands on. */
  current: number;
  /** There is a redo tail (the world is behind the end). */
  behind: boolean;
  /** Bumped on every change. */
  version: number;
}

export interface StoreTimeline {
  timeline: Timeline;
  summary: StoreApi<TimelineSummary>;
}

const timelines = new WeakMap<AppStore, StoreTimeline>();

/** The store's timeline (created on first use, starting from the store's world). */
export function timelineOf(store: AppStore): StoreTimeline {
  let entry = timelines.get(store);
  if (entry) return entry;
  const timeline = createTimeline(store.getState().world);
  const summary = createStore<TimelineSummary>(() => summarize(timeline, 0));
  entry = { timeline, summary };
  timelines.set(store, entry);
  // A world put in the store without a recorded step (a reset, a lesson's start, a restored
  // session, an action nobody records) begins a new timeline there: replay could not reach it.
  store.subscribe((state, prev) => {
    if (state.world === prev.world || state.world === timeline.head) return;
    rebase(timeline, state.world);
    publish(store);
  });
  return entry;
}

/**
 * Record that `entry` took the store's world from `before` to `after` (call it before the store
 * takes `after`). Returns `after`, so a call site can wrap the shell call.
 */
export function recordStep<T extends { world: World }>(store: AppStore, entry: TimelineEntry, before: World, outcome: T): T {
  const { timeline } = timelineOf(store);
  if (before !== timeline.head) rebase(timeline, before);
  const length = timeline.log.length;
  const cursor = timeline.cursor;
  record(timeline, entry, outcome.world);
  // Clock frames of a running job only grow the last entry: the points stay as they were.
  if (timeline.log.length !== length || timeline.cursor !== cursor || entry.k !== 'adv') publish(store);
  return outcome;
}

/** Tell the strip that the timeline changed. */
export function publish(store: AppStore): void {
  const { timeline, summary } = timelineOf(store);
  summary.setState(summarize(timeline, summary.getState().version + 1));
}

function summarize(timeline: Timeline, version: number): TimelineSummary {
  return {
    points: pointPositions(timeline).length,
    current: currentPoint(timeline),
    behind: timeline.cursor < timeline.log.length,
    version,
  };
}
