import { describe, expect, it } from 'vitest';
import { createWorld } from './createWorld';
import { generateContainerName, randomName } from './names';
import { NAME_ADJECTIVES, NAME_SURNAMES } from './nameWords';

describe('names generator', () => {
  it('has moby word lists', () => {
    expect(NAME_ADJECTIVES.length).toBe(108);
    expect(NAME_SURNAMES.length).toBe(236);
    expect([NAME_ADJECTIVES[0], NAME_ADJECTIVES[107], NAME_SURNAMES[0], NAME_SURNAMES[235]]).toEqual(['admiring', 'zen', 'agnesi', 'zhukovsky']);
  });

  it('gives the same names for the same seed', () => {
    const w = createWorld({ seed: 7 });
    const names = [0, 0, 0, 1].map((retry) => randomName(w, retry));
    expect(names).toEqual(['stoic_babbage', 'confident_goldberg', 'great_antonelli', 'bold_proskuriakova3']);
    const again = createWorld({ seed: 7 });
    expect([0, 0, 0, 1].map((retry) => randomName(again, retry))).toEqual(names);
  });

  it('retries with a digit and falls back to the short id', () => {
    const w = createWorld({ seed: 7 });
    const seen: string[] = [];
    const name = generateContainerName(w, 'abcdef0123456789'.repeat(4), (n) => {
      seen.push(n);
      return seen.length <= 2;
    });
    expect(seen).toHaveLength(3);
    expect(name).toBe(seen[2]);
    expect(seen[1]).toMatch(/\d$/);
    expect(generateContainerName(w, 'abcdef0123456789'.repeat(4), () => true)).toBe('abcdef012345');
  });
});
