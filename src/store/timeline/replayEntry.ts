// Replays one recorded entry with the same shell call the store's action made live, so the world
// comes out the same, byte for byte. Loaded with the timeline's actions, never in the first chunk.
import type { World } from '../../engine/world';
import { requireShell } from '../shellRuntime';
import { fetchPage } from '../browser/fetchPage';
import { engineFetcher } from '../browser/engineFetcher';
import type { TimelineEntry } from './timelineEntry';

export function replayEntry(world: World, entry: TimelineEntry): World {
  const shell = requireShell();
  switch (entry.k) {
    case 'line':
      return shell.runLine(world, entry.t, entry.line).world;
    case 'adv': {
      const view = entry.cols === undefined ? {} : { cols: entry.cols };
      let next = world;
      for (const ms of entry.ms) next = shell.advance(next, entry.t, ms, view).world;
      return next;
    }
    case 'int':
      return shell.interrupt(world, entry.t).world;
    case 'save':
      return shell.editorSave(world, entry.t, entry.text, entry.name).world;
    case 'close':
      return shell.editorClose(world, entry.t);
    case 'tab':
      return shell.openTerminal(world, entry.host).world;
    case 'browse':
      return fetchPage(world, entry.t, entry.url, engineFetcher).world;
    case 'sql':
      return shell.answerSql(world, entry.id, entry.answer);
  }
}
