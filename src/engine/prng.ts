// A small seeded PRNG (mulberry32) whose whole state is one 32-bit number kept in the world,
// so that the same seed and the same command log give the same output, byte for byte.
import type { World } from './world';

/** Next 32-bit unsigned random integer; advances `world.rng`. */
export function nextUint32(world: World): number {
  let t = (world.rng = (world.rng + 0x6d2b79f5) >>> 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** Uniform float in [0, 1). */
export function nextFloat(world: World): number {
  return nextUint32(world) / 4294967296;
}

/** Uniform integer in [0, n). */
export function nextInt(world: World, n: number): number {
  return Math.floor(nextFloat(world) * n);
}

export function pick<T>(world: World, items: readonly T[]): T {
  return items[nextInt(world, items.length)];
}
