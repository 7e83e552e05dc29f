// Undo, redo, jump to a point and fork: rebuild the world at a point of the timeline by replay and
// put it in the store as a fresh screen (the terminals remount on it, the views follow the world).
import type { World } from '../../engine/world';
import type { AppStore } from '../appStore';
import { appStore } from '../appStore';
import { promptOf } from '../shellRuntime';
import { currentPoint, fork, pointCommand, pointPositions, seek } from './timeline';
import { publish, timelineOf } from './timelineStore';
import { replayEntry } from './replayEntry';

/** Why a move was refused: a foreground job runs (its terminal would be left without its loop). */
export type MoveResult = 'moved' | 'none' | 'busy';

/** Stand on point `index` (0 = the start). */
export function jumpToPoint(index: number, store: AppStore = appStore): MoveResult {
  const { timeline } = timelineOf(store);
  const positions = pointPositions(timeline);
  if (index < 0 || index >= positions.length) return 'none';
  if (positions[index] === timeline.cursor && timeline.head === store.getState().world) return 'none';
  if (hasForegroundJob(store.getState().world)) return 'busy';
  const world = seek(timeline, positions[index], replayEntry);
  install(store, world);
  publish(store);
  return 'moved';
}

export function undo(store: AppStore = appStore): MoveResult {
  const { timeline } = timelineOf(store);
  const positions = pointPositions(timeline);
  const here = currentPoint(timeline);
  // Between points (a job's frames after the last command): back to the last point passed.
  const target = positions[here] === timeline.cursor ? here - 1 : here;
  return target < 0 ? 'none' : jumpToPoint(target, store);
}

export function redo(store: AppStore = appStore): MoveResult {
  const { timeline } = timelineOf(store);
  const here = currentPoint(timeline);
  return here + 1 >= pointPositions(timeline).length ? 'none' : jumpToPoint(here + 1, store);
}

/** Continue from here: drop what could be redone. */
export function forkHere(store: AppStore = appStore): void {
  const { timeline } = timelineOf(store);
  fork(timeline);
  publish(store);
}

/** The command that led to each point (null for the start), for the strip's labels. */
export function pointLabels(store: AppStore = appStore): (string | null)[] {
  const { timeline } = timelineOf(store);
  return pointPositions(timeline).map((_, index) => pointCommand(timeline, index)?.line ?? null);
}

function hasForegroundJob(world: World): boolean {
  return Object.values(world.terminals).some((terminal) => terminal.job !== null);
}

function install(store: AppStore, world: World): void {
  store.setState((state) => {
    state.world = world;
    // The tab typed into may not exist yet at an earlier point.
    const terminalId = world.terminals[state.terminalId] ? state.terminalId : Object.keys(world.terminals)[0];
    state.terminalId = terminalId;
    state.prompt = promptOf(world, terminalId);
    state.running = false;
    const frames = world.terminals[terminalId]?.frames ?? [];
    state.lastExitCode = frames[frames.length - 1]?.lastExit ?? 0;
    // The views animate the last call's events: a jump is no call.
    state.events = [];
    state.lesson.lastStderr = '';
    // The screens showed the old world's output: the terminals start anew on this one.
    state.ui.sessionEpoch += 1;
  });
}
