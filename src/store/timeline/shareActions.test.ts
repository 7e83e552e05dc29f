import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { createAppStore, type AppStore } from '../appStore';
import { advanceClock, runLine } from '../actions';
import { startLesson } from '../lessonActions';
import { loadLesson } from '../../lessons/lessonRegistry';
import { prepareLessonWorld } from '../../lessons/prepareLessonWorld';
import { openShareLink, shareLink } from './shareActions';
import { FRAGMENT_PREFIX, decodeSharedSession, encodeSharedSession, toBase64Url } from './shareCodec';
import { pointLabels, undo } from './timelineActions';
import { SHARE_LIMITS } from './sharedSession';

const PAGE = 'https://pathshala.example/app/';

function type(store: AppStore, line: string): void {
  let step = runLine(line, store);
  for (let frame = 0; step.running && frame < 400; frame++) step = advanceClock(frame % 2 ? 16 : 17, store, undefined, 80);
}

const fragment = (json: string) => FRAGMENT_PREFIX + toBase64Url(deflateRawSync(Buffer.from(json)));
const valid = (log: unknown[] = [], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ v: 1, base: { kind: 'fresh', seed: 7, profile: 'classic' }, lesson: null, log, ...extra });

describe('share links', () => {
  it('round trip: the link opens the same world, timeline and era, and shares on again', async () => {
    const from = createAppStore({ profile: 'classic' });
    type(from, 'docker run -d --name web -p 80:80 nginx');
    type(from, 'docker network create backend');
    type(from, 'echo "<script>alert(1)</script>" > page.html');
    const link = await shareLink(PAGE, from);
    expect(link?.startsWith(`${PAGE}#s=`)).toBe(true);

    const to = createAppStore();
    expect(await openShareLink(link!.slice(PAGE.length), to)).toBe('opened');
    expect(JSON.stringify(to.getState().world)).toBe(JSON.stringify(from.getState().world));
    expect(pointLabels(to)).toEqual(pointLabels(from));
    expect(to.getState().prompt).toBe('docker@default:~$ ');
    expect(undo(to)).toBe('moved');
    expect(await shareLink(PAGE, to)).not.toBe(link);
  });

  it('leaves out the redo tail', async () => {
    const from = createAppStore({ profile: 'current' });
    type(from, 'docker network create a1');
    type(from, 'docker network create a2');
    undo(from);
    const to = createAppStore();
    await openShareLink((await shareLink(PAGE, from))!.slice(PAGE.length), to);
    expect(pointLabels(to)).toEqual([null, 'docker network create a1']);
  });

  it('carries a lesson: its prepared world as the start and the lesson open', async () => {
    const from = createAppStore();
    const lesson = await loadLesson('containers');
    startLesson('containers', prepareLessonWorld(lesson), from);
    type(from, 'docker ps -a');
    const to = createAppStore();
    expect(await openShareLink((await shareLink(PAGE, from))!.slice(PAGE.length), to)).toBe('opened');
    expect(to.getState().lesson.current).toBe('containers');
    expect(JSON.stringify(to.getState().world)).toBe(JSON.stringify(from.getState().world));
  });

  it('cannot share a world it cannot make again (a restored session)', async () => {
    const store = createAppStore();
    type(store, 'docker network create n1');
    const odd = createAppStore({ seed: 5 });
    store.setState((state) => {
      state.world = odd.getState().world;
    });
    expect(await shareLink(PAGE, store)).toBeNull();
  });

  it.each([
    ['not a share fragment', '#x=1', 'notShare'],
    ['not base64url', '#s=<img src=x onerror=alert(1)>', 'malformed'],
    ['not deflate', `#s=${toBase64Url(new TextEncoder().encode('plain text here'))}`, 'malformed'],
    ['not JSON', fragment('{"v":1,'), 'malformed'],
    ['an unknown key', fragment(valid([], { script: 'alert(1)' })), 'malformed'],
    ['an unknown version', fragment(valid([], { v: 2 })), 'malformed'],
    ['a prototype key', fragment('{"v":1,"base":{"kind":"fresh","seed":7,"profile":"classic"},"lesson":null,"log":[],"__proto__":{"x":1}}'), 'malformed'],
    ['an unknown era', fragment(valid([], { base: { kind: 'fresh', seed: 7, profile: 'future' } })), 'malformed'],
    ['a seed out of range', fragment(valid([], { base: { kind: 'fresh', seed: -1, profile: 'classic' } })), 'malformed'],
    ['a lesson id with markup', fragment(valid([], { lesson: '<script>' })), 'malformed'],
    ['an unknown lesson', fragment(valid([], { lesson: 'no-such-lesson' })), 'unknownLesson'],
    ['an SQL answer', fragment(valid([{ k: 'sql', id: 'q1', answer: {} }])), 'malformed'],
    ['an entry with an extra key', fragment(valid([{ k: 'line', t: 't1', line: 'ls', html: '<b>' }])), 'malformed'],
    ['a bad terminal id', fragment(valid([{ k: 'line', t: '../t1', line: 'ls' }])), 'malformed'],
    ['a fractional frame', fragment(valid([{ k: 'adv', t: 't1', ms: [16.5] }])), 'malformed'],
    ['too long a clock', fragment(valid([{ k: 'adv', t: 't1', ms: Array(200).fill(SHARE_LIMITS.frameMs) }])), 'malformed'],
    ['too many entries', fragment(valid(Array(SHARE_LIMITS.entries + 1).fill({ k: 'line', t: 't1', line: '' }))), 'malformed'],
    ['a line too long', fragment(valid([{ k: 'line', t: 't1', line: 'x'.repeat(SHARE_LIMITS.lineChars + 1) }])), 'malformed'],
    ['an inflation bomb', fragment(' '.repeat(SHARE_LIMITS.jsonBytes + 10)), 'malformed'],
    ['a terminal that never opened', fragment(valid([{ k: 'line', t: 't9', line: 'ls' }])), 'replayFailed'],
    ['a host that does not exist', fragment(valid([{ k: 'tab', host: 'node9' }])), 'replayFailed'],
  ])('refuses %s and leaves the session as it was', async (_, hash, reason) => {
    const store = createAppStore();
    type(store, 'docker network create kept');
    const before = store.getState();
    expect(await openShareLink(hash, store)).toBe(reason);
    expect(store.getState()).toBe(before);
  });

  it('encodes what it decodes', async () => {
    const session = { v: 1 as const, base: { kind: 'fresh' as const, seed: 9, profile: 'current' as const }, lesson: null, log: [{ k: 'line' as const, t: 't1', line: 'বাংলা' }] };
    expect(await decodeSharedSession(await encodeSharedSession(session))).toEqual({ ok: true, session });
  });
});
