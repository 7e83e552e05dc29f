import { describe, expect, it } from 'vitest';
import { runProgram } from './fakeProgramApi';
import { parseSleepSeconds, sleep } from './sleep';

describe('sleep', () => {
  it('exits 0 once the time has passed', () => {
    const r = runProgram(sleep, ['sleep', '10']);
    expect(r.wake).toBe(r.now + 10000);
    r.advance(9999);
    expect(r.exitCode).toBeUndefined();
    r.advance(1);
    expect(r.exitCode).toBe(0);
  });

  it('sleeps forever with infinity and has no SIGTERM handler', () => {
    const r = runProgram(sleep, ['sleep', 'infinity']);
    expect(r.wake).toBeUndefined();
    expect(r.exitCode).toBeUndefined();
    expect(sleep.signal).toBeUndefined();
  });

  it('rejects a bad interval', () => {
    const r = runProgram(sleep, ['sleep', 'soon']);
    expect(r.stderr).toBe("sleep: invalid time interval 'soon'\nTry 'sleep --help' for more information.\n");
    expect(r.exitCode).toBe(1);
  });

  it('parses suffixes', () => {
    expect([parseSleepSeconds('2m'), parseSleepSeconds('1.5'), parseSleepSeconds('x')]).toEqual([120, 1.5, null]);
  });
});
