// The events of the last shell call that pushed any: what "the last command touched".
import type { SimEvent } from '../../engine';
import type { LoggedEvent } from '../../store';

export function lastBatch(events: readonly LoggedEvent[]): SimEvent[] {
  const last = events[events.length - 1];
  if (!last) return [];
  const out: SimEvent[] = [];
  for (let i = events.length - 1; i >= 0 && events[i].batch === last.batch; i--) out.push(events[i].event);
  return out.reverse();
}
