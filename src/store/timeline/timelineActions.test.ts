import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../appStore';
import { advanceClock, interrupt, runLine } from '../actions';
import { saveEditor, closeEditor } from '../editorActions';
import { browse } from '../browser/browseActions';
import { forkHere, jumpToPoint, pointLabels, redo, undo } from './timelineActions';
import { timelineOf } from './timelineStore';
import type { World } from '../../engine/world';
import { listContainers } from '../../engine/queries/containers';

const json = (world: World) => JSON.stringify(world);

/** Type a line and let its job run on uneven frames (a busy screen's), Ctrl-C after 6 s. */
function type(store: AppStore, line: string): void {
  let step = runLine(line, store);
  for (let frame = 0, waited = 0; step.running; frame++) {
    if (waited > 6000) {
      interrupt(store);
      return;
    }
    const ms = frame % 3 === 0 ? 96 : 113;
    waited += ms;
    step = advanceClock(ms, store, undefined, 80);
  }
}

function transcript(name: string): string[] {
  return readFileSync(new URL(`../../headless/transcripts/${name}.sh`, import.meta.url), 'utf8').split('\n').filter((line) => line !== '');
}

describe('timeline actions', () => {
  it('undo brings back a removed container; redo removes it again; a new command forks', () => {
    const store = createAppStore({ profile: 'classic' });
    type(store, 'docker run -d --name box busybox sleep 1000');
    const withContainer = json(store.getState().world);
    type(store, 'docker rm -f box');
    const removed = json(store.getState().world);
    expect(pointLabels(store)).toEqual([null, 'docker run -d --name box busybox sleep 1000', 'docker rm -f box']);

    expect(undo(store)).toBe('moved');
    expect(json(store.getState().world)).toBe(withContainer);
    expect(listContainers(store.getState().world, 'default', { all: true }).map((c) => c.name)).toEqual(['box']);
    expect(timelineOf(store).summary.getState()).toMatchObject({ points: 3, current: 1, behind: true });
    expect(redo(store)).toBe('moved');
    expect(json(store.getState().world)).toBe(removed);
    expect(redo(store)).toBe('none');

    expect(jumpToPoint(0, store)).toBe('moved');
    expect(listContainers(store.getState().world, 'default', { all: true })).toEqual([]);
    type(store, 'docker ps -a');
    expect(pointLabels(store)).toEqual([null, 'docker ps -a']);
    expect(timelineOf(store).summary.getState()).toMatchObject({ points: 2, current: 1, behind: false });
  });

  it('refuses to move while a foreground job runs', () => {
    const store = createAppStore({ profile: 'classic' });
    type(store, 'docker pull busybox');
    runLine('sleep 5', store);
    advanceClock(16, store);
    expect(undo(store)).toBe('busy');
  });

  it('fork drops the redo tail', () => {
    const store = createAppStore({ profile: 'classic' });
    type(store, 'docker network create n1');
    type(store, 'docker network create n2');
    undo(store);
    forkHere(store);
    expect(pointLabels(store)).toEqual([null, 'docker network create n1']);
    expect(redo(store)).toBe('none');
  });

  it('replays editor saves and mini browser loads', () => {
    const store = createAppStore({ profile: 'current' });
    type(store, 'docker run -d -p 80:80 --name web nginx');
    runLine('nano note.txt', store);
    saveEditor('t1', 'hello from nano\n', undefined, store);
    closeEditor('t1', store);
    advanceClock(16, store);
    browse('localhost', store);
    type(store, 'cat note.txt');
    const end = json(store.getState().world);
    jumpToPoint(0, store);
    jumpToPoint(pointLabels(store).length - 1, store);
    expect(json(store.getState().world)).toBe(end);
    expect(timelineOf(store).timeline.log.map((entry) => entry.k)).toEqual(['line', 'adv', 'line', 'save', 'close', 'adv', 'browse', 'line']);
  });

  it.each(['classic', 'current'] as const)('rebuilds every point of the seed chapters byte for byte (%s)', (profile) => {
    const store = createAppStore({ profile });
    const lines = ['helloWorld', 'imageShare', 'flask', 'networking', 'machine', 'swarm'].flatMap(transcript);
    const seen = [json(store.getState().world)];
    for (const line of lines) {
      type(store, line);
      if (line.trim() !== '') seen.push(json(store.getState().world));
    }
    const end = seen.length - 1;
    expect(pointLabels(store)).toHaveLength(seen.length);
    // Back to the start, then forward point by point, then to a few points at random distances.
    for (const point of [0, ...seen.keys(), end, 3, end - 1, Math.floor(end / 2), 0, end]) {
      jumpToPoint(point, store);
      expect(json(store.getState().world), `point ${point}`).toBe(seen[point]);
    }
  }, 120_000);
});
