import { describe, it, expect } from 'vitest';
import type { SimEvent } from '../../engine';
import { initialSession, logEvents } from '../../store/sessionSlice';
import { lastBatch } from './lastBatch';

const created = (n: number): SimEvent => ({ type: 'container.created', host: 'default', containerId: `c${n}` });

describe('lastBatch', () => {
  it('is the events of the last shell call, oldest first', () => {
    const s = initialSession();
    expect(lastBatch(s.events)).toEqual([]);
    logEvents(s, [created(1)], 0);
    logEvents(s, [created(2), created(3)], 0);
    logEvents(s, [], 0);
    expect(lastBatch(s.events)).toEqual([created(2), created(3)]);
  });
});
