// Type command lines into a world's terminal the way a student would, letting each line's job run
// out: a job that ends by itself (a pull, ping -c 3) runs to its end on the virtual clock, one that
// never ends is interrupted as by Ctrl-C after a few virtual seconds. Lesson setup and the lesson
// tests use it; the stderr of the last line feeds the error hints.
import type { World } from '../engine';
import { advance, interrupt, jobEndsAt, runLine, type LineOutcome } from '../shell';

const GIVE_UP_MS = 5000;
const STEP_MS = 1000;

export interface LinesResult {
  world: World;
  /** What the last line wrote to stderr. */
  stderr: string;
  exitCode: number;
}

export function runLines(world: World, terminalId: string, lines: readonly string[]): LinesResult {
  let stderr = '';
  let exitCode = 0;
  const take = (o: LineOutcome) => {
    world = o.world;
    exitCode = o.exitCode;
    for (const chunk of o.output) if (chunk.stream === 'stderr' && !chunk.transient) stderr += chunk.text;
  };
  for (const line of lines) {
    stderr = '';
    let outcome = runLine(world, terminalId, line);
    take(outcome);
    let waited = 0;
    while (outcome.running) {
      const endsAt = jobEndsAt(world, terminalId);
      if (endsAt === undefined && waited >= GIVE_UP_MS) {
        take(interrupt(world, terminalId));
        break;
      }
      const step = endsAt === undefined ? STEP_MS : Math.max(1, Math.min(STEP_MS, endsAt - world.now));
      outcome = advance(world, terminalId, step);
      waited += step;
      take(outcome);
    }
  }
  return { world, stderr, exitCode };
}
