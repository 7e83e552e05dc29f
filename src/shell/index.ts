// The shell's public API: the only functions the terminal skin, the headless runner, the store
// and the tests call. Each call is one immer `produce` over the world and returns the new world.
// PLACEHOLDER: the shell-core work replaces these bodies; the signatures are the contract.
import type { World } from '../engine/world';
import type { LineOutcome } from './types';

export type { LineOutcome, Chunk } from './types';

/** Type one line into terminal `terminalId` (at whatever frame is on top: host shell, container shell, REPL). */
export function runLine(world: World, terminalId: string, line: string): LineOutcome {
  void terminalId;
  return { world, output: [{ stream: 'stderr', text: `${line}: not implemented\n` }], exitCode: 127, events: [], running: false, prompt: '$ ' };
}

/** Advance the virtual clock by `ms`; a running foreground job prints what it printed meanwhile. */
export function advance(world: World, terminalId: string, ms: number): LineOutcome {
  void terminalId;
  return { world: { ...world, now: world.now + ms }, output: [], exitCode: 0, events: [], running: false, prompt: '$ ' };
}

/** Ctrl-C: interrupt the foreground job, or abandon the line being typed. */
export function interrupt(world: World, terminalId: string): LineOutcome {
  void terminalId;
  return { world, output: [], exitCode: 130, events: [], running: false, prompt: '$ ' };
}

/** The prompt the terminal shows now, e.g. `docker@default:~$ `, `root@4d5b9c2a1f3e:/# `, `/ # `. */
export function getPrompt(world: World, terminalId: string): string {
  void world;
  void terminalId;
  return '$ ';
}

/** When the running job will end by itself, if it knows (sleep 10, ping -c 3); undefined otherwise. */
export function jobEndsAt(world: World, terminalId: string): number | undefined {
  void world;
  void terminalId;
  return undefined;
}
