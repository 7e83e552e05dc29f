// Transcript tests: each transcripts/NAME.sh is typed into a fresh world through the headless
// runner (the `npm run sim` path) and must reproduce transcripts/NAME.<profile>.txt exactly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProfileName } from '../engine/world';
import { simulate } from './simulate';

const dir = join(__dirname, 'transcripts');
const inputs = readdirSync(dir).filter((f) => f.endsWith('.sh'));
const profiles: ProfileName[] = ['classic', 'current'];

describe('transcripts', () => {
  it('has transcripts to replay', () => {
    expect(inputs.length).toBeGreaterThan(0);
  });
  for (const input of inputs) {
    for (const profile of profiles) {
      const expectedFile = join(dir, input.replace(/\.sh$/, `.${profile}.txt`));
      it(`${input} (${profile})`, () => {
        const lines = readFileSync(join(dir, input), 'utf8').split('\n');
        if (lines[lines.length - 1] === '') lines.pop();
        const { screen } = simulate(lines, { profile });
        expect(screen + '\n').toBe(readFileSync(expectedFile, 'utf8'));
      });
    }
  }
});
