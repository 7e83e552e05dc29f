// A running job's clock: each animation frame hands the job the whole milliseconds that passed
// since the previous frame (the virtual clock moves in whole ms; the remainder carries over).

export interface FrameClock {
  request(callback: (timeMs: number) => void): number;
  cancel(handle: number): void;
}

export interface JobLoop {
  /** Start ticking from the next frame (no-op when already running). */
  start(): void;
  stop(): void;
}

/** `tick` may stop the loop (the job ended) and even start it again (the next line's job). */
export function createJobLoop(clock: FrameClock, tick: (ms: number) => void): JobLoop {
  let frame: number | null = null;
  let on = false;
  let lastFrameTime: number | null = null;
  let carriedMs = 0;

  const onFrame = (time: number) => {
    frame = null;
    if (!on) return;
    const elapsed = lastFrameTime === null ? 0 : Math.max(0, time - lastFrameTime) + carriedMs;
    lastFrameTime = time;
    const ms = Math.floor(elapsed);
    carriedMs = elapsed - ms;
    if (ms > 0) {
      tick(ms);
      // Stopped by the tick, or stopped and started again (which requested its own frame).
      if (!on || frame !== null) return;
    }
    frame = clock.request(onFrame);
  };

  return {
    start() {
      if (frame !== null) return;
      on = true;
      lastFrameTime = null;
      carriedMs = 0;
      frame = clock.request(onFrame);
    },
    stop() {
      if (frame !== null) clock.cancel(frame);
      frame = null;
      on = false;
      lastFrameTime = null;
    },
  };
}
