// The classroom's keyboard shortcuts. Plain keys act only outside the terminal and text fields (the
// terminal needs every key); Ctrl+Alt chords, unused by the shell's line editor, act everywhere, and
// so does PageDown while a demo runs (a presentation clicker sends it).
import type { KeyLike } from '../timeline/timelineKeys';

export type ClassroomAction = 'cheatSheet' | 'presenter' | 'nextStep' | 'autoPlay' | 'predict' | 'focusTerminal' | 'focusTimeline';

const CHORDS: Record<string, ClassroomAction> = { p: 'presenter', n: 'nextStep', a: 'autoPlay', r: 'predict', t: 'focusTerminal', l: 'focusTimeline' };

export function classroomKey(event: KeyLike, inTerminalOrField: boolean, demoLoaded: boolean): ClassroomAction | null {
  if (event.ctrlKey && event.altKey && !event.metaKey) {
    // With Alt held, e.key may be a composed character: fall back on the physical letter.
    const letter = event.key.length === 1 ? event.key.toLowerCase() : '';
    return CHORDS[letter] ?? null;
  }
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (demoLoaded && event.key === 'PageDown') return 'nextStep';
  if (inTerminalOrField) return null;
  if (event.key === '?') return 'cheatSheet';
  if (demoLoaded && event.key === 'ArrowRight') return 'nextStep';
  return null;
}
