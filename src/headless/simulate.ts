// The headless terminal: types each line into one fresh world's terminal and returns exactly what
// the browser terminal would show — the prompt with the typed line, then the output. Foreground
// jobs that end by themselves (sleep 10, ping -c 3) run to their end on the virtual clock; those
// that never end (ping, logs -f, an attached server) are interrupted as if by Ctrl-C after
// INTERRUPT_AFTER_MS; the shell's interrupt output carries the `^C` echo where the terminal shows it.
import { createWorld } from '../engine/createWorld';
import type { ProfileName, World } from '../engine/world';
import { advance, getPrompt, interrupt, jobEndsAt, runLine, type LineOutcome } from '../shell';

export const INTERRUPT_AFTER_MS = 5000;
/** Clock step while a job runs, so that per-second output (ping) is produced second by second. */
const STEP_MS = 1000;

export interface SimOptions {
  seed?: number;
  profile?: ProfileName;
  terminalId?: string;
}

export interface SimResult {
  screen: string;
  world: World;
  exitCode: number;
}

export function simulate(lines: readonly string[], options: SimOptions = {}): SimResult {
  const terminalId = options.terminalId ?? 't1';
  let world = createWorld({ seed: options.seed, profile: options.profile });
  let screen = '';
  let exitCode = 0;
  const show = (o: LineOutcome) => {
    world = o.world;
    exitCode = o.exitCode;
    // Redraw frames are for a live terminal; the final lines follow as ordinary output.
    for (const chunk of o.output) if (!chunk.transient) screen += chunk.text;
  };

  for (const line of lines) {
    screen += getPrompt(world, terminalId) + line + '\n';
    let outcome = runLine(world, terminalId, line);
    show(outcome);
    let waited = 0;
    let jobKey = '';
    while (outcome.running) {
      // A job may hand over to another (a pull to the attached run): the wait starts anew.
      const job = world.terminals[terminalId]?.job;
      const key = job ? `${job.kind}@${job.startedAt}` : '';
      if (key !== jobKey) waited = 0;
      jobKey = key;
      const endsAt = jobEndsAt(world, terminalId);
      if (endsAt === undefined && waited >= INTERRUPT_AFTER_MS) {
        outcome = interrupt(world, terminalId);
        show(outcome);
        break;
      }
      const step = endsAt === undefined ? STEP_MS : Math.max(0, Math.min(STEP_MS, endsAt - world.now)) || STEP_MS;
      outcome = advance(world, terminalId, step);
      waited += step;
      show(outcome);
    }
  }
  screen += getPrompt(world, terminalId);
  return { screen, world, exitCode };
}
