// Docker's identifiers, drawn from the world's PRNG.
import { nextInt, nextUint32 } from './prng';
import type { World } from './world';

const HEX = '0123456789abcdef';
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

export function randomHex(world: World, length: number): string {
  let out = '';
  while (out.length < length) out += nextUint32(world).toString(16).padStart(8, '0');
  return out.slice(0, length);
}

/** A 64-hex id, re-drawn when its 12-char prefix is all digits (it doubles as a hostname). */
export function newId(world: World): string {
  for (;;) {
    const id = randomHex(world, 64);
    if (!/^\d{12}$/.test(id.slice(0, 12))) return id;
  }
}

/** Swarm node, service and task ids: 25 base-36 characters. */
export function newSwarmId(world: World, length = 25): string {
  let out = '';
  for (let i = 0; i < length; i++) out += BASE36[nextInt(world, 36)];
  return out;
}

export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

export function isHex(s: string): boolean {
  return s.length > 0 && [...s].every((ch) => HEX.includes(ch));
}
