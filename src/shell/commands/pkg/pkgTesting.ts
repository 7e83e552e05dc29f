// Test helper for the package managers: type a line and, when it became a foreground job, let
// the clock run until it ends, collecting everything the terminal showed.
import type { World } from '../../../engine/world';
import { jobEndsAt } from '../../index';
import { tickBy, type, type Typed } from '../../testing/shellHarness';

export function typeToEnd(world: World, line: string): Typed & { tookMs: number } {
  const start = world.now;
  let r = type(world, line);
  let stdout = r.stdout;
  let stderr = r.stderr;
  let all = r.all;
  while (r.running) {
    const end = jobEndsAt(r.world, 't1') ?? r.world.now + 1000;
    r = tickBy(r.world, Math.max(1, end - r.world.now));
    stdout += r.stdout;
    stderr += r.stderr;
    all += r.all;
  }
  return { ...r, stdout, stderr, all, tookMs: r.world.now - start };
}

/** Types each line to its end; returns the last. */
export function typeAllToEnd(world: World, lines: string[]): Typed & { tookMs: number } {
  let w = world;
  let r: (Typed & { tookMs: number }) | undefined;
  for (const l of lines) {
    r = typeToEnd(w, l);
    w = r.world;
  }
  return r!;
}

/** CPython object addresses come from the PRNG: tests compare the text around them. */
export function maskAddresses(text: string): string {
  return text.replace(/0x7f[0-9a-f]{10}/g, '0x7f…');
}
