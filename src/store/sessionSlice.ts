// The simulation session: the world, which terminal the student types into, and what the last
// shell call left behind (prompt, running job, exit code, recent events for the views).
import type { StateCreator } from 'zustand';
import type { SimEvent, World } from '../engine';
// The file, not the engine's index: the index re-exports modules that register behaviours, which
// would pull them into the first chunk (see shellRuntime.ts).
import { createWorld, type WorldOptions } from '../engine/createWorld';
import type { AppState } from './appState';

export interface LoggedEvent {
  /** Increases by one per event over the session; views use it to know what is new. */
  seq: number;
  /** Virtual time the event happened at. */
  at: number;
  /** The seq of the first event its shell call pushed: the views highlight the last call's batch. */
  batch: number;
  event: SimEvent;
}

/** The views only animate recent events; older ones are dropped to keep the store small. */
export const EVENT_LOG_LIMIT = 200;

export interface SessionSlice {
  world: World;
  terminalId: string;
  prompt: string;
  running: boolean;
  lastExitCode: number;
  events: LoggedEvent[];
  nextEventSeq: number;
}

export function initialSession(options: WorldOptions = {}, terminalId = 't1'): SessionSlice {
  return {
    world: createWorld(options),
    terminalId,
    prompt: '',
    running: false,
    lastExitCode: 0,
    events: [],
    nextEventSeq: 1,
  };
}

export const createSessionSlice =
  (options: WorldOptions = {}): StateCreator<AppState, [['zustand/immer', never]], [], SessionSlice> =>
  () =>
    initialSession(options);

/** Append to the event log inside a store update. */
export function logEvents(state: SessionSlice, events: SimEvent[], at: number): void {
  const batch = state.nextEventSeq;
  for (const event of events) {
    state.events.push({ seq: state.nextEventSeq++, at, batch, event });
  }
  if (state.events.length > EVENT_LOG_LIMIT) state.events.splice(0, state.events.length - EVENT_LOG_LIMIT);
}
