// Worlds for the network view's tests, made by typing commands (through the store, as the
// terminal does), so the layout is tested on what a student's commands really build.
import type { SimEvent, World } from '../../engine';
import { createAppStore, runLine, advanceClock } from '../../store';

export interface Typed {
  world: World;
  /** Events of the last line typed (and the clock advanced after it). */
  last: SimEvent[];
}

const STEP_MS = 250;
const JOB_LIMIT_MS = 60_000;

/** Types each line; a line starting with `+` advances the clock by that many ms instead.
 * Jobs that never end (ping without -c) stop after a minute of virtual time: give them -c. */
export function typeLines(lines: string[], profile: 'classic' | 'current' = 'classic'): Typed {
  const store = createAppStore({ profile });
  let mark = 0;
  for (const line of lines) {
    mark = store.getState().nextEventSeq;
    if (line.startsWith('+')) advanceClock(Number(line.slice(1)), store);
    else runLine(line, store);
    // Jobs that end by themselves (a pull, ping -c 1) run to their end on the virtual clock.
    for (let ms = 0; store.getState().running && ms < JOB_LIMIT_MS; ms += STEP_MS) advanceClock(STEP_MS, store);
  }
  const state = store.getState();
  return { world: state.world, last: state.events.filter((e) => e.seq >= mark).map((e) => e.event) };
}

/** The seed tutorial's networking chapter up to cont_03 on nw_2 (before it joins nw_1). */
export const SEED_CHAPTER = [
  'docker network create nw_1',
  'docker run --net=nw_1 --name cont_01 -d busybox sleep 100000',
  'docker run --name cont_02 -d busybox sleep 100000',
  'docker network connect nw_1 cont_02',
  'docker network create nw_2',
  'docker run -d --name cont_03 --net nw_2 busybox sleep 10000',
];
