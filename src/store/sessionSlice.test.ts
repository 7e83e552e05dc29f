import { describe, it, expect } from 'vitest';
import { createWorld, type SimEvent } from '../engine';
import { EVENT_LOG_LIMIT, initialSession, logEvents } from './sessionSlice';

const created = (n: number): SimEvent => ({ type: 'container.created', host: 'default', containerId: `c${n}` });

describe('event log', () => {
  it('numbers events and stamps them with virtual time', () => {
    const session = initialSession();
    logEvents(session, [created(1), created(2)], 5000);
    logEvents(session, [created(3)], 6000);
    expect(session.events).toEqual([
      { seq: 1, at: 5000, batch: 1, event: created(1) },
      { seq: 2, at: 5000, batch: 1, event: created(2) },
      { seq: 3, at: 6000, batch: 3, event: created(3) },
    ]);
    expect(session.nextEventSeq).toBe(4);
  });

  it('keeps only the most recent events', () => {
    const session = initialSession();
    logEvents(session, Array.from({ length: EVENT_LOG_LIMIT + 5 }, (_, i) => created(i)), 0);
    expect(session.events).toHaveLength(EVENT_LOG_LIMIT);
    expect(session.events[0]).toEqual({ seq: 6, at: 0, batch: 1, event: created(5) });
  });

  it('starts on terminal t1 of a fresh world, idle', () => {
    const session = initialSession({ seed: 7 });
    expect(session.terminalId).toBe('t1');
    expect(session.world).toEqual(createWorld({ seed: 7 }));
    expect(session.world.terminals.t1.host).toBe('default');
    expect(session.running).toBe(false);
  });
});
