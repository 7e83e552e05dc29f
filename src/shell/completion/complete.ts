// Tab completion for the word before the cursor on a terminal: what readline asks bash's
// programmable completion for. Pure: reads the world, never changes it.
import type { Ctx } from '../../engine/ctx';
import { machineForDockerHost } from '../../engine/machines/machines';
import type { Terminal, World } from '../../engine/world';
import { frameProgram } from '../frames/registry';
import { frameVfs } from '../interp/runtime';
import { commandCandidates } from './commandCandidates';
import { wordsBeforeCursor } from './completionWords';
import { dockerCandidates } from './dockerCandidates';
import { machineCandidates } from './machineCandidates';
import { pathCandidates, type PathCandidate } from './pathCandidates';

export interface Completion {
  /** The part of the line the chosen candidate replaces: [start, end). */
  start: number;
  end: number;
  /** Whole replacement words, sorted; directories end with `/`. */
  candidates: string[];
  /** What a listing shows for each candidate when it differs (file names without their directory). */
  display?: string[];
}

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** Words after which the next one is a command again. */
const PREFIX_COMMANDS = new Set(['sudo', 'time', 'exec', 'nohup', 'env', 'which', 'type']);

// Bash quotes what it inserts so that the shell reads it back as the same word.
function escapeWord(word: string): string {
  return word.replace(/([\s'"\\$`!&;|()<>*?[\]#])/g, '\\$1');
}

/** The machine the top frame runs on: the nearest frame that names one (an ssh login), else the terminal's. */
function frameHost(t: Terminal): string {
  for (let i = t.frames.length - 1; i >= 0; i--) {
    const h = t.frames[i].host;
    if (h !== undefined) return h;
  }
  return t.host;
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function complete(world: World, terminalId: string, line: string, cursor: number): Completion {
  const at = Math.max(0, Math.min(cursor, line.length));
  const { words, current, start, quote } = wordsBeforeCursor(line, at);
  const none: Completion = { start, end: at, candidates: [] };
  const terminal = world.terminals[terminalId];
  if (!terminal) return none;
  const frame = terminal.frames[terminal.frames.length - 1];
  const programName = frameProgram(frame.program).name;
  if (programName !== 'bash' && programName !== 'sh') return none;
  const ctx: Ctx = { world, events: [] };
  const host = frameHost(terminal);
  const vfs = frameVfs(ctx, host, frame);
  const paths = (executablesOnly = false): Completion => {
    const found: PathCandidate[] = pathCandidates(current, {
      vfs,
      cwd: frame.cwd,
      home: frame.env.HOME ?? '/',
      executablesOnly,
    });
    found.sort((a, b) => byteOrder(a.word, b.word));
    const candidates = found.map((c) => (quote ? c.word : escapeWord(c.word)));
    const result: Completion = { start, end: at, candidates };
    if (found.some((c) => c.display !== c.word)) result.display = found.map((c) => c.display);
    return result;
  };
  const names = (list: string[]): Completion => ({
    start,
    end: at,
    candidates: [...new Set(list)].sort(byteOrder),
  });

  let i = 0;
  while (i < words.length && (ASSIGNMENT.test(words[i]) || PREFIX_COMMANDS.has(words[i]))) i++;
  const args = words.slice(i);
  if (args.length === 0) {
    if (current.includes('/')) return paths(true);
    return names(commandCandidates(frame, vfs, current));
  }
  if (args[0] === 'docker') {
    // `eval $(docker-machine env node2)` points docker at another machine's daemon.
    const daemonHost = (frame.env.DOCKER_HOST && machineForDockerHost(world, frame.env.DOCKER_HOST)?.name) || host;
    const found = dockerCandidates(world, daemonHost, args.slice(1), current);
    return found === 'paths' ? paths() : names(found);
  }
  if (args[0] === 'docker-machine') return names(machineCandidates(world, args.slice(1), current));
  if (args[0] === 'cd') {
    const dirs = paths();
    const keep = dirs.candidates.map((c) => c.endsWith('/'));
    return {
      ...dirs,
      candidates: dirs.candidates.filter((_, k) => keep[k]),
      ...(dirs.display ? { display: dirs.display.filter((_, k) => keep[k]) } : {}),
    };
  }
  return paths();
}
