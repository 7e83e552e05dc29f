import { describe, expect, it } from 'vitest';
import { createIdleClock, IDLE_CAP_MS } from './idleClock';
import { fakeIdleTimer } from './terminalFakes';

function setup() {
  const t = fakeIdleTimer();
  const ticks: number[] = [];
  const clock = createIdleClock(t.timer, (ms) => ticks.push(ms));
  return { ...t, ticks, clock };
}

describe('createIdleClock', () => {
  it('hands over the wall time since the last step in whole ms, carrying the fraction', () => {
    const t = setup();
    t.setTime(500);
    t.clock.start();
    t.fire(1500.4);
    t.fire(2500.8);
    t.fire(3400);
    expect(t.ticks).toEqual([1000, 1000, 900]);
  });

  it('caps one step at IDLE_CAP_MS (a throttled tab, a laptop that slept)', () => {
    const t = setup();
    t.clock.start();
    t.fire(1000);
    t.fire(3_600_000);
    t.fire(3_601_000);
    expect(IDLE_CAP_MS).toBe(5000);
    expect(t.ticks).toEqual([1000, 5000, 1000]);
  });

  it('never runs backwards: a wall clock that went back moves nothing', () => {
    const t = setup();
    t.setTime(10_000);
    t.clock.start();
    t.fire(9_000);
    t.fire(10_000);
    expect(t.ticks).toEqual([1000]);
  });

  it('stop cancels the timer, and start counts from then', () => {
    const t = setup();
    t.clock.start();
    t.fire(1000);
    t.clock.stop();
    expect(t.on()).toBe(false);
    t.setTime(4000);
    t.clock.start();
    t.clock.start();
    t.fire(4700);
    expect(t.ticks).toEqual([1000, 700]);
  });
});
