import { describe, expect, it } from 'vitest';
import { createJobLoop } from './jobLoop';
import { fakeClock } from './terminalFakes';

describe('createJobLoop', () => {
  it('hands over whole milliseconds and carries the fraction to the next frame', () => {
    const c = fakeClock();
    const ticks: number[] = [];
    const loop = createJobLoop(c.clock, (ms) => ticks.push(ms));
    loop.start();
    c.frame(100);
    c.frame(116.6);
    c.frame(133.3);
    c.frame(150);
    expect(ticks).toEqual([16, 17, 17]);
    expect(c.pending()).toBe(true);
  });

  it('stops when the tick stops it, and keeps one frame when the tick restarts it', () => {
    const c = fakeClock();
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
    expect([ticks, c.pending()]).toEqual([[10], false]);
    restart = true;
    loop.start();
    c.frame(20);
    c.frame(25);
    expect([ticks, c.pending()]).toEqual([[10, 5], true]);
    // A restarted loop counts from its first frame again, as a new job does.
    c.frame(30);
    c.frame(40);
    expect(ticks).toEqual([10, 5, 10]);
  });
});
