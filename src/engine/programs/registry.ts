// Program behaviours by executable basename. The container side resolves argv[0] here
// (`/bin/sh` → sh, `/usr/local/bin/docker-entrypoint.sh` → docker-entrypoint.sh).
import { basename, setProgramResolver } from './delegate';
import { hello } from './hello';
import type { ProgramDef } from './programTypes';
import { bash, sh } from './shell';
import { cat, echo, env, falseProgram, hostname, printenv, trueProgram } from './simpleUtils';
import { sleep } from './sleep';

const PROGRAMS: ProgramDef[] = [hello, sleep, trueProgram, falseProgram, echo, env, printenv, hostname, cat, sh, bash];

/** Other names of the same behaviour. */
const ALIASES: Record<string, string> = {
  ash: 'sh',
  dash: 'sh',
};

const BY_NAME: Record<string, ProgramDef> = Object.fromEntries(PROGRAMS.map((p) => [p.name, p]));

/** The behaviour for an executable (a basename or a path), or undefined when none is modelled. */
export function getProgram(name: string): ProgramDef | undefined {
  const base = basename(name);
  const key = ALIASES[base] ?? base;
  return Object.prototype.hasOwnProperty.call(BY_NAME, key) ? BY_NAME[key] : undefined;
}

/** Every executable name with a behaviour, aliases included (for completion and tests). */
export function listProgramNames(): string[] {
  return [...Object.keys(BY_NAME), ...Object.keys(ALIASES)].sort();
}

setProgramResolver(getProgram);
