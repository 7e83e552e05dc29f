// Random container names as the daemon makes them: `adjective_surname`, re-rolled for
// `boring_wozniak`, with a random digit appended on retries 1–5 when the name is taken, and the
// 12-char id as the last resort. Randomness comes from the world's PRNG only.
import { nextInt } from './prng';
import { NAME_ADJECTIVES, NAME_SURNAMES } from './nameWords';
import type { World } from './world';

/** One draw of the generator; `retry > 0` appends a digit 0–9. */
export function randomName(world: World, retry: number): string {
  let name: string;
  do {
    const left = NAME_ADJECTIVES[nextInt(world, NAME_ADJECTIVES.length)];
    const right = NAME_SURNAMES[nextInt(world, NAME_SURNAMES.length)];
    name = `${left}_${right}`;
  } while (name === 'boring_wozniak'); // Steve Wozniak is not boring
  if (retry > 0) name += String(nextInt(world, 10));
  return name;
}

/** A free name for a new container with this 64-hex id (six tries, then the short id). */
export function generateContainerName(world: World, id: string, isTaken: (name: string) => boolean): string {
  for (let retry = 0; retry < 6; retry++) {
    const name = randomName(world, retry);
    if (!isTaken(name)) return name;
  }
  return id.slice(0, 12);
}

/** Container names: `^[a-zA-Z0-9][a-zA-Z0-9_.-]+$`, a leading '/' allowed. */
export const VALID_CONTAINER_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
export const VALID_CONTAINER_NAME_CHARS = '[a-zA-Z0-9][a-zA-Z0-9_.-]';
