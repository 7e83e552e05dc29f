// The headless terminal: types each line into one fresh world's terminal and returns exactly what
// the browser terminal would show — the prompt with the typed line, then the output. Foreground
// jobs that end by themselves (sleep 10, ping -c 3) run to their end on the virtual clock; those
// that never end (ping, logs -f, an attached server) are interrupted as if by Ctrl-C after
// INTERRUPT_AFTER_MS; the shell's interrupt output carries the `^C` echo where the terminal shows it.
import { createWorld } from '../engine/createWorld';
import type { ProfileName, World } from '../engine/world';
import { advance, answerSql, getPrompt, interrupt, jobEndsAt, runLine, type LineOutcome } from '../shell';
import { getPendingSqlRequests, getSqlExecution } from '../engine/db/sqlRequests';
import type { SqlDriver } from '../engine/db/sqlDriver';

export const INTERRUPT_AFTER_MS = 5000;
/** Clock step while a job runs, so that per-second output (ping) is produced second by second. */
const STEP_MS = 1000;

export interface SimOptions {
  seed?: number;
  profile?: ProfileName;
  terminalId?: string;
  /** Answers postgres containers' SQL (simulateAsync); without one, statements wait until interrupted. */
  driver?: SqlDriver;
}

export interface SimResult {
  screen: string;
  world: World;
  exitCode: number;
}

/** Between steps the runner may have SQL requests to hand to the database driver. */
type Wait = { kind: 'sql' };

function* run(lines: readonly string[], options: SimOptions, state: { world: World }): Generator<Wait, SimResult, void> {
  const terminalId = options.terminalId ?? 't1';
  state.world = createWorld({ seed: options.seed, profile: options.profile });
  let screen = '';
  let exitCode = 0;
  const show = (o: LineOutcome) => {
    state.world = o.world;
    exitCode = o.exitCode;
    // Redraw frames are for a live terminal; the final lines follow as ordinary output.
    for (const chunk of o.output) if (!chunk.transient) screen += chunk.text;
  };

  for (const line of lines) {
    screen += getPrompt(state.world, terminalId) + line + '\n';
    let outcome = runLine(state.world, terminalId, line);
    show(outcome);
    let waited = 0;
    let jobKey = '';
    while (outcome.running) {
      if (options.driver && getPendingSqlRequests(state.world).length > 0) {
        yield { kind: 'sql' };
        outcome = advance(state.world, terminalId, 0);
        show(outcome);
        continue;
      }
      // A job may hand over to another (a pull to the attached run): the wait starts anew.
      const job = state.world.terminals[terminalId]?.job;
      const key = job ? `${job.kind}@${job.startedAt}` : '';
      if (key !== jobKey) waited = 0;
      jobKey = key;
      const endsAt = jobEndsAt(state.world, terminalId);
      if (endsAt === undefined && waited >= INTERRUPT_AFTER_MS) {
        outcome = interrupt(state.world, terminalId);
        show(outcome);
        break;
      }
      const step = endsAt === undefined ? STEP_MS : Math.max(0, Math.min(STEP_MS, endsAt - state.world.now)) || STEP_MS;
      outcome = advance(state.world, terminalId, step);
      waited += step;
      show(outcome);
    }
  }
  screen += getPrompt(state.world, terminalId);
  return { screen, world: state.world, exitCode };
}

/** The headless terminal without a database: SQL waits until the job is interrupted. */
export function simulate(lines: readonly string[], options: SimOptions = {}): SimResult {
  const gen = run(lines, { ...options, driver: undefined }, { world: undefined as unknown as World });
  for (;;) {
    const next = gen.next();
    if (next.done) return next.value;
  }
}

/** The headless terminal with a database driver: SQL statements are answered between steps. */
export async function simulateAsync(lines: readonly string[], options: SimOptions & { driver: SqlDriver }): Promise<SimResult> {
  const state = { world: undefined as unknown as World };
  const gen = run(lines, options, state);
  for (;;) {
    const next = gen.next();
    if (next.done) return next.value;
    for (const req of getPendingSqlRequests(state.world)) {
      const answer = await options.driver.execute(getSqlExecution(state.world, req));
      state.world = answerSql(state.world, req.id, answer);
    }
  }
}
