// The one test with a real PostgreSQL (PGlite in Node): the seed's database chapter in the classic
// profile, then what the data survives (stop/start, a volume across rm and a new container).
// PGlite's cold start takes seconds, so everything else about psql is tested with a fake driver.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulateAsync } from '../simulate';
import { getNodeSqlDriver } from './nodeSqlDriver';

const dir = join(__dirname, 'transcripts');

describe('postgres with a real PostgreSQL (PGlite)', () => {
  it('runs the seed chapter and keeps the data where Docker keeps it', async () => {
    const lines = readFileSync(join(dir, 'seedDatabase.sh'), 'utf8').split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const { screen } = await simulateAsync(lines, { profile: 'classic', driver: getNodeSqlDriver() });
    expect(screen + '\n').toBe(readFileSync(join(dir, 'seedDatabase.classic.txt'), 'utf8'));
  }, 180_000);
});
