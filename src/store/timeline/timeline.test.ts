import { describe, expect, it } from 'vitest';
import type { World } from '../../engine/world';
import { CHECKPOINT_EVERY, createTimeline, currentPoint, fork, pointCommand, pointPositions, rebase, record, seek, type ApplyEntry } from './timeline';
import type { TimelineEntry } from './timelineEntry';

// A stand-in world: the entries applied so far, as text (the timeline only compares references).
type Fake = World & { trail: string };
const world = (trail: string): World => ({ trail }) as Fake;
const trailOf = (w: World) => (w as Fake).trail;
const label = (entry: TimelineEntry) => (entry.k === 'line' ? entry.line : entry.k === 'adv' ? `+${entry.ms.join('+')}` : entry.k);

function counting(): { apply: ApplyEntry; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    apply: (w, entry) => {
      calls.push(label(entry));
      return world(`${trailOf(w)}|${label(entry)}`);
    },
  };
}

function live(lines: TimelineEntry[]) {
  const timeline = createTimeline(world(''));
  for (const entry of lines) record(timeline, entry, world(`${trailOf(timeline.head)}|${label(entry)}`));
  return timeline;
}

const line = (text: string): TimelineEntry => ({ k: 'line', t: 't1', line: text });
const adv = (ms: number, cols?: number): TimelineEntry => (cols === undefined ? { k: 'adv', t: 't1', ms: [ms] } : { k: 'adv', t: 't1', ms: [ms], cols });

describe('timeline', () => {
  it('has the start and one point after each command; blank lines and frames belong to the command before', () => {
    const timeline = live([line('docker run -d --name c busybox sleep 1000'), line(''), line('sleep 2'), adv(16, 80), adv(17, 80), adv(17, 100), line('docker ps')]);
    expect(timeline.log).toEqual([
      line('docker run -d --name c busybox sleep 1000'),
      line(''),
      line('sleep 2'),
      { k: 'adv', t: 't1', ms: [16, 17], cols: 80 },
      { k: 'adv', t: 't1', ms: [17], cols: 100 },
      line('docker ps'),
    ]);
    expect(pointPositions(timeline)).toEqual([0, 2, 5, 6]);
    expect([0, 1, 2, 3].map((i) => pointCommand(timeline, i)?.line ?? null)).toEqual([
      null,
      'docker run -d --name c busybox sleep 1000',
      'sleep 2',
      'docker ps',
    ]);
    expect(currentPoint(timeline)).toBe(3);
  });

  it('skips a call that left the world as it was', () => {
    const timeline = createTimeline(world(''));
    record(timeline, line('x'), timeline.head);
    expect(timeline.log).toEqual([]);
  });

  it('seeks back by replay from the nearest checkpoint and forward from the head', () => {
    const entries = Array.from({ length: 2 * CHECKPOINT_EVERY + 5 }, (_, i) => line(`c${i}`));
    const timeline = live(entries);
    expect([...timeline.checkpoints.keys()]).toEqual([0, CHECKPOINT_EVERY, 2 * CHECKPOINT_EVERY]);
    const { apply, calls } = counting();
    const back = seek(timeline, CHECKPOINT_EVERY + 3, apply);
    expect(trailOf(back)).toBe(entries.slice(0, CHECKPOINT_EVERY + 3).map((e) => `|${label(e)}`).join(''));
    expect(calls).toEqual(['c20', 'c21', 'c22']);
    calls.length = 0;
    seek(timeline, CHECKPOINT_EVERY + 5, apply);
    expect(calls).toEqual(['c23', 'c24']);
    expect(timeline.cursor).toBe(CHECKPOINT_EVERY + 5);
  });

  it('forks when recording behind the end: the redo tail and its checkpoints are dropped', () => {
    const timeline = live(Array.from({ length: CHECKPOINT_EVERY + 3 }, (_, i) => line(`c${i}`)));
    const { apply } = counting();
    seek(timeline, 2, apply);
    record(timeline, line('other'), world(`${trailOf(timeline.head)}|other`));
    expect(timeline.log.map(label)).toEqual(['c0', 'c1', 'other']);
    expect([...timeline.checkpoints.keys()]).toEqual([0]);
    expect(pointPositions(timeline)).toEqual([0, 1, 2, 3]);
    expect(trailOf(timeline.head)).toBe('|c0|c1|other');
  });

  it('rebase forgets the old start and its recipe', () => {
    const timeline = live([line('a')]);
    timeline.origin = { kind: 'fresh', seed: 1, profile: 'classic' };
    rebase(timeline, world('other'));
    expect(timeline).toEqual({ log: [], cursor: 0, head: world('other'), checkpoints: new Map([[0, world('other')]]), commands: [] });
  });

  it('fork drops the redo tail without recording', () => {
    const timeline = live([line('a'), line('b')]);
    seek(timeline, 1, counting().apply);
    fork(timeline);
    expect(timeline.log.map(label)).toEqual(['a']);
    expect(pointPositions(timeline)).toEqual([0, 1]);
  });
});
