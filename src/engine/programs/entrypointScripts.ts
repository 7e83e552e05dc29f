// What the official images' docker-entrypoint.sh scripts decide before their final `exec "$@"`,
// and how their shell words a command that is not there. The facts come from the scripts as the
// images of each era shipped them (docker-library/postgres, redis, mongo, mysql; nginx's
// /docker-entrypoint.sh; nodejs/docker-node): the line of `exec "$@"`, and bash's
// `FILE: line N: exec: X: not found` against dash's `FILE: N: exec: X: not found`.
import type { ProgramApi } from './programTypes';

export type EntrypointFamily = 'node' | 'postgres' | 'redis' | 'mongo' | 'mysql' | 'nginx';

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The image family by the environment its Dockerfile set (kept by images built FROM it), else by name. */
export function entrypointFamily(api: ProgramApi): EntrypointFamily | undefined {
  const env = api.env;
  if (env.NODE_VERSION) return 'node';
  if (env.PG_MAJOR || env.PG_VERSION) return 'postgres';
  if (env.REDIS_VERSION) return 'redis';
  if (env.MYSQL_MAJOR || env.MYSQL_VERSION) return 'mysql';
  if (env.MONGO_VERSION || env.MONGO_PACKAGE) return 'mongo';
  if (env.NGINX_VERSION) return 'nginx';
  const ref = api.container.imageRef;
  for (const f of ['node', 'postgres', 'redis', 'mysql', 'mongo', 'nginx'] as const) if (ref.includes(f)) return f;
  return undefined;
}

function exists(api: ProgramApi, path: string): boolean {
  return api.readFile(path) !== undefined && !api.isDir?.(path);
}

/** `command -v NAME` in the container: where the shell finds it on $PATH (or the path itself). */
export function commandPath(api: ProgramApi, name: string): string | undefined {
  if (name === '') return undefined;
  if (name.includes('/')) {
    const cwd = api.container.config.workingDir || '/';
    const path = name.startsWith('/') ? name : `${cwd.replace(/\/$/, '')}/${name.replace(/^\.\//, '')}`;
    return exists(api, path) ? path : undefined;
  }
  for (const dir of (api.env.PATH ?? DEFAULT_PATH).split(':')) {
    if (!dir) continue;
    const path = `${dir.replace(/\/$/, '')}/${name}`;
    if (exists(api, path)) return path;
  }
  return undefined;
}

/**
 * node's script: `if [ "${1#-}" != "${1}" ] || [ -z "$(command -v "${1}")" ] || { [ -f "${1}" ] && ! [ -x "${1}" ]; }`
 * then `set -- node "$@"`: an option, a name that is no command, or a plain (non-executable)
 * file such as app.js goes to node.
 */
export function nodeWantsNode(api: ProgramApi, first: string): boolean {
  if (first.startsWith('-')) return true;
  if (commandPath(api, first) === undefined) return true;
  // A path to a script (`./app.js`): files students write are not executable, so [ -f ] && ! [ -x ] holds.
  return first.includes('/') && /\.[cm]?js$/.test(first);
}

interface ScriptFacts {
  shell: 'bash' | 'dash';
  /** Line of the final `exec "$@"`, by the image's major version (first match wins). */
  execLine: (api: ProgramApi) => number;
}

function major(value: string | undefined): number {
  return Number.parseInt(value ?? '', 10);
}

const SCRIPTS: Record<Exclude<EntrypointFamily, 'node'>, ScriptFacts> = {
  // 10.4 (2018): line 145; 10.23 (2022, bullseye): 341; 18.1 (trixie): 377.
  postgres: { shell: 'bash', execLine: (api) => (major(api.env.PG_MAJOR) >= 18 ? 377 : api.profile === 'classic' ? 145 : 341) },
  // 4.0.9 (2018): line 16; 8.x: 59.
  redis: { shell: 'dash', execLine: (api) => (major(api.env.REDIS_VERSION) >= 8 ? 59 : 16) },
  // 3.6 (2018): line 340; 8.2: 420.
  mongo: { shell: 'bash', execLine: (api) => (api.profile === 'classic' ? 340 : 420) },
  // 5.7.22: 214, 8.0.11: 216 (2018); 8.0.44 and 9.5 (2025): 414.
  mysql: { shell: 'bash', execLine: (api) => (api.profile === 'classic' ? ((api.env.MYSQL_MAJOR ?? '') === '5.7' ? 214 : 216) : 414) },
  // /docker-entrypoint.sh of nginx 1.29: line 47.
  nginx: { shell: 'dash', execLine: () => 47 },
};

/** What the entrypoint's shell prints when `exec "$@"` finds no such command (exit status 127). */
export function execNotFound(api: ProgramApi, name: string): string {
  const family = entrypointFamily(api);
  const script = commandPath(api, api.argv[0] ?? '') ?? api.argv[0] ?? 'docker-entrypoint.sh';
  // node's script (nodejs/docker-node) ends in `exec "$@"` on line 11.
  const facts = family && family !== 'node' ? SCRIPTS[family] : { shell: 'dash' as const, execLine: () => 11 };
  const line = facts.execLine(api);
  return facts.shell === 'bash' ? `${script}: line ${line}: exec: ${name}: not found\n` : `${script}: ${line}: exec: ${name}: not found\n`;
}
