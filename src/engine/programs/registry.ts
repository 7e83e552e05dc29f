// Program behaviours by executable basename. The container side resolves argv[0] here
// (`/bin/sh` → sh, `/usr/local/bin/docker-entrypoint.sh` → docker-entrypoint.sh).
import { basename, setProgramResolver } from './delegate';
import { git } from './git';
import { hello } from './hello';
import { httpd, httpdForeground } from './httpd';
import type { ProgramDef } from './programTypes';
import { dockerEntrypoint } from './dockerEntrypoint';
import { mongod } from './mongo';
import { mysqld } from './mysql';
import { nginx } from './nginx';
import { phpFpm } from './phpFpm';
import { ping } from './ping';
import { postgres } from './postgres';
import { psqlClient } from './psqlClient';
import { node } from './node';
import { python } from './python';
import { redisServer } from './redis';
import { bash, sh } from './shell';
import { cat, echo, env, falseProgram, hostname, printenv, trueProgram } from './simpleUtils';
import { sleep } from './sleep';
import { withNodeOptions, withPythonOptions } from './interpreterOptions';

const PROGRAMS: ProgramDef[] = [
  hello,
  sleep,
  trueProgram,
  falseProgram,
  echo,
  env,
  printenv,
  hostname,
  cat,
  sh,
  bash,
  ping,
  nginx,
  phpFpm,
  dockerEntrypoint,
  postgres,
  psqlClient,
  redisServer,
  mongod,
  withPythonOptions(python),
  withNodeOptions(node),
  httpd,
  httpdForeground,
  mysqld,
  git,
];

/** Other names of the same behaviour. */
const ALIASES: Record<string, string> = {
  ash: 'sh',
  dash: 'sh',
  zsh: 'bash',
  python: 'python3',
  'nginx-debug': 'nginx',
  'php-fpm7': 'php-fpm',
  nodejs: 'node',
};

const BY_NAME: Record<string, ProgramDef> = Object.fromEntries(PROGRAMS.map((p) => [p.name, p]));

/** The behaviour for an executable (a basename or a path), or undefined when none is modelled. */
export function getProgram(name: string): ProgramDef | undefined {
  const base = basename(name);
  const key = ALIASES[base] ?? (/^python[23]?(\.\d+)*$/.test(base) ? 'python3' : base);
  return Object.prototype.hasOwnProperty.call(BY_NAME, key) ? BY_NAME[key] : undefined;
}

/** Every executable name with a behaviour, aliases included (for completion and tests). */
export function listProgramNames(): string[] {
  return [...Object.keys(BY_NAME), ...Object.keys(ALIASES)].sort();
}

setProgramResolver(getProgram);
