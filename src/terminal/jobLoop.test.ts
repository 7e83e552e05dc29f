import { describe, expect, it } from 'vitest';
import { createJobLoop, type FrameClock } from './jobLoop';

function manualClock() {
  const callbacks = new Map<number, (t: number) => void>();
  let next = 1;
  const clock: FrameClock = {
    request(cb) {
      callbacks.set(next, cb);
      return next++;
    },
    cancel(h) {
      callbacks.delete(h);
    },
  };
  const frame = (t: number) => {
    const pending = [...callbacks.values()];
    callbacks.clear();
    for (const cb of pending) cb(t);
  };
  return { clock, frame, pending: () => callbacks.size };
}

describe('createJobLoop', () => {
  it('hands over whole milliseconds and carries the fraction to the next frame', () => {
    const c = manualClock();
    const ticks: number[] = [];
    const loop = createJobLoop(c.clock, (ms) => ticks.push(ms));
    loop.start();
    c.frame(100);
    c.frame(116.6);
    c.frame(133.3);
    c.frame(150);
    expect(ticks).toEqual([16, 17, 17]);
    expect(c.pending()).toBe(1);
  });

  it('stops when the tick stops it, and keeps one frame when the tick restarts it', () => {
    const c = manualClock();
    const ticks: number[] = [];
    let restart = false;
    const loop = createJobLoop(c.clock, (ms) => {
      ticks.push(ms);
      loop.stop();
      if (restart) loop.start();
    });
    loop.start();
    c.frame(0);
    c.frame(10);
    expect([ticks, c.pending()]).toEqual([[10], 0]);
    restart = true;
    loop.start();
    c.frame(20);
    c.frame(25);
    expect([ticks, c.pending()]).toEqual([[10, 5], 1]);
    // A restarted loop counts from its first frame again, as a new job does.
    c.frame(30);
    c.frame(40);
    expect(ticks).toEqual([10, 5, 10]);
  });
});
