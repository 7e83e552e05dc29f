// Programs that start themselves when `docker exec -it c PROGRAM ARGS…` attaches to them (psql
// connects, prints its banner or its connection error). A module of its own, free of imports, so
// that docker exec can look entries up without importing the frame registry (an import cycle).
import type { Frame } from '../../engine/world';
import type { CommandContext } from '../types';

/** Pushes `frame` itself, or prints why not and ends the process; returns the exit status. */
export type FrameEntry = (cx: CommandContext, frame: Frame, argv: readonly string[]) => number;

const entries: Record<string, FrameEntry> = {};

export function registerFrameEntry(program: string, entry: FrameEntry): void {
  entries[program] = entry;
}

export function getFrameEntry(program: string): FrameEntry | undefined {
  return Object.hasOwn(entries, program) ? entries[program] : undefined;
}
