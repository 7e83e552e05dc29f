import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../engine';
import { lastPacketBatch } from './packetBatch';

const pkt = (from: string, to: string): SimEvent => ({ type: 'packet.sent', host: 'default', from, to, proto: 'icmp', hop: 'veth' });
const exited: SimEvent = { type: 'process.exited', host: 'default', pid: 7, exitCode: 0 };
const created: SimEvent = { type: 'container.created', host: 'default', containerId: 'c' };

describe('lastPacketBatch', () => {
  it('takes the packets of the last call that sent any, past calls where processes only ended', () => {
    const log = [
      { batch: 3, event: pkt('ctr:a', 'br:n') },
      { batch: 5, event: pkt('ctr:b', 'br:n') },
      { batch: 5, event: pkt('br:n', 'ctr:a') },
      { batch: 5, event: exited },
      { batch: 9, event: exited },
    ];
    expect(lastPacketBatch({ log })).toEqual({ batch: 5, events: [pkt('ctr:b', 'br:n'), pkt('br:n', 'ctr:a')] });
  });

  it('drops them once a later call changed something else', () => {
    expect(lastPacketBatch({ log: [{ batch: 5, event: pkt('ctr:b', 'br:n') }, { batch: 6, event: created }] })).toEqual({ batch: 0, events: [] });
  });

  it('without the log, uses the last batch as given', () => {
    expect(lastPacketBatch({ recent: [created, pkt('ctr:a', 'br:n')], batch: 4 })).toEqual({ batch: 4, events: [pkt('ctr:a', 'br:n')] });
  });
});
