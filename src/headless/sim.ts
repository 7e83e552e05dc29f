// `npm run sim [-- --seed N --profile current|classic] [FILE]`: the headless terminal.
// Reads command lines from FILE or stdin and prints the terminal screen.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ProfileName } from '../engine/world';
import { simulateAsync } from './simulate';
import { getNodeSqlDriver } from './db/nodeSqlDriver';

function parseArgs(argv: string[]): { seed?: number; profile?: ProfileName; file?: string } {
  const out: { seed?: number; profile?: ProfileName; file?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed') out.seed = Number(argv[++i]);
    else if (a.startsWith('--seed=')) out.seed = Number(a.slice(7));
    else if (a === '--profile') out.profile = argv[++i] as ProfileName;
    else if (a.startsWith('--profile=')) out.profile = a.slice(10) as ProfileName;
    else if (a === '-h' || a === '--help') {
      process.stdout.write('Usage: npm run sim -- [--seed N] [--profile current|classic] [FILE]\n');
      process.exit(0);
    } else out.file = a;
  }
  if (out.profile && out.profile !== 'current' && out.profile !== 'classic') {
    process.stderr.write(`sim: unknown profile '${out.profile}' (use current or classic)\n`);
    process.exit(2);
  }
  if (out.seed !== undefined && !Number.isFinite(out.seed)) {
    process.stderr.write('sim: --seed takes a number\n');
    process.exit(2);
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
// npm runs scripts from the package root; a relative FILE means relative to where npm was called.
const file = args.file === undefined ? 0 : resolve(process.env.INIT_CWD ?? process.cwd(), args.file);
let input: string;
try {
  input = readFileSync(file, 'utf8');
} catch (e) {
  process.stderr.write(`sim: cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'No such file or directory' : String(e)}\n`);
  process.exit(2);
}
const lines = input.split('\n');
if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
// PGlite loads only when a postgres container first answers SQL.
const { screen } = await simulateAsync(lines, { seed: args.seed, profile: args.profile, driver: getNodeSqlDriver() });
process.stdout.write(screen.endsWith('\n') ? screen : screen + '\n');
process.exit(0);
