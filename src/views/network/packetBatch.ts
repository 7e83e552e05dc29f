// Which packets to animate: those of the last shell call that sent any. A ping's last echo
// request and the end of its `docker exec` can land in different calls (the job ends on the next
// tick), so the packets stay while what came after them is only processes ending or starting;
// anything else (a new container, a network change) means the drawing moved on and they go.
import type { SimEvent } from '../../engine';
import type { LayoutOptions } from '../viewTypes';

export interface PacketBatch {
  batch: number;
  events: SimEvent[];
}

const QUIET: ReadonlySet<SimEvent['type']> = new Set(['process.started', 'process.exited']);

export function lastPacketBatch(opts: Partial<LayoutOptions>): PacketBatch {
  const log = opts.log;
  if (!log) return { batch: opts.batch ?? 0, events: (opts.recent ?? []).filter((e) => e.type === 'packet.sent') };
  for (let i = log.length - 1; i >= 0; i--) {
    const { batch, event } = log[i];
    if (event.type === 'packet.sent') {
      const events: SimEvent[] = [];
      for (let j = i; j >= 0 && log[j].batch === batch; j--) if (log[j].event.type === 'packet.sent') events.push(log[j].event);
      return { batch, events: events.reverse() };
    }
    if (!QUIET.has(event.type)) break;
  }
  return { batch: 0, events: [] };
}
