// The world's clock while no job runs: about once a second the virtual clock moves on by the wall
// time that passed, so a detached container's `sleep 3` ends, a database becomes ready and a swarm
// heals while the student only watches. Not every frame (each step is an immer produce, a store
// update and a re-render of the views) and in whole ms (the fraction carries over).
//
// The cap: a hidden tab's timers are throttled (Chrome fires them once a minute after a while) and
// a sleeping laptop stops them altogether. Handing all of that time over at once would jump the
// world by minutes or hours (every `sleep` ends, every restart backoff fires) behind the student's
// back, so one step never moves more than IDLE_CAP_MS: a hidden tab's world all but pauses, as a
// paused simulation does, and resumes where it was. A wall clock that went backwards moves nothing.

export const IDLE_INTERVAL_MS = 1000;
export const IDLE_CAP_MS = 5000;

/** Wall time and a repeating timer (performance.now + setInterval in the browser). */
export interface IdleTimer {
  now(): number;
  every(ms: number, callback: () => void): number;
  cancel(handle: number): void;
}

export interface IdleClock {
  /** Start measuring from now (no-op when already on). */
  start(): void;
  /** Stop; time until the next start is not handed over. */
  stop(): void;
}

export function createIdleClock(
  timer: IdleTimer,
  tick: (ms: number) => void,
  intervalMs = IDLE_INTERVAL_MS,
  capMs = IDLE_CAP_MS,
): IdleClock {
  let handle: number | null = null;
  let last = 0;
  let carried = 0;

  const onTimer = () => {
    const now = timer.now();
    const elapsed = Math.min(capMs, Math.max(0, now - last) + carried);
    last = now;
    const ms = Math.floor(elapsed);
    carried = elapsed - ms;
    if (ms > 0) tick(ms);
  };

  return {
    start() {
      if (handle !== null) return;
      last = timer.now();
      carried = 0;
      handle = timer.every(intervalMs, onTimer);
    },
    stop() {
      if (handle !== null) timer.cancel(handle);
      handle = null;
    },
  };
}
