// docker-entrypoint.sh of the official images (postgres, redis, mongo; nginx's /docker-entrypoint.sh):
// a shell script that prepares the service and ends in `exec "$@"`. A first argument that is an
// option means the server itself (`docker run redis --appendonly yes`). Today's nginx script logs
// what its /docker-entrypoint.d/ helpers do before nginx starts. node's script runs node for an
// option, a script file or a name that is no command, and execs anything else (`npm install`,
// `ls /`): what has no behaviour of its own goes through the shell's script runner (execve).
import { programOutputs } from '../profile/programOutput';
import { basename, delegatingHooks, execProgram } from './delegate';
import { commandPath, entrypointFamily, execNotFound, nodeWantsNode } from './entrypointScripts';
import type { ProgramApi, ProgramDef } from './programTypes';

const IPV6_LINE = 'listen  [::]:80;';
const DEFAULT_CONF = '/etc/nginx/conf.d/default.conf';

function nginxEntrypointLog(api: ProgramApi): string {
  const conf = api.readFile(DEFAULT_CONF);
  const again =
    (conf !== undefined && conf.includes(IPV6_LINE)) ||
    api.container.logs.some((l) => l.text.startsWith('10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6'));
  if (!again && conf !== undefined) api.writeFile?.(DEFAULT_CONF, conf.replace(/(listen\s+80;\n)/, `$1    ${IPV6_LINE}\n`));
  const ipv6 = again
    ? ['10-listen-on-ipv6-by-default.sh: info: IPv6 listen already enabled']
    : [
        `10-listen-on-ipv6-by-default.sh: info: Getting the checksum of ${DEFAULT_CONF}`,
        `10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in ${DEFAULT_CONF}`,
      ];
  return `${[
    '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
    '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
    ...ipv6,
    '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
    '/docker-entrypoint.sh: Configuration complete; ready for start up',
  ].join('\n')}\n`;
}

/** The server an option-only command line means, by image. */
function defaultServer(api: ProgramApi): string {
  const ref = api.container.imageRef;
  if (/redis/.test(ref)) return 'redis-server';
  if (/mongo/.test(ref)) return 'mongod';
  if (/mysql/.test(ref)) return 'mysqld';
  if (/nginx/.test(ref)) return 'nginx';
  return 'postgres';
}

/** The command line the script ends up exec'ing. */
function finalArgs(api: ProgramApi): string[] {
  const args = api.argv.slice(1);
  if (entrypointFamily(api) === 'node') return args.length === 0 || nodeWantsNode(api, args[0]) ? ['node', ...args] : args;
  if (args.length === 0 || args[0].startsWith('-') || args[0].endsWith('.conf')) return [defaultServer(api), ...args];
  return args;
}

export const dockerEntrypoint: ProgramDef = {
  name: 'docker-entrypoint.sh',
  start(api) {
    const args = finalArgs(api);
    const prog = basename(args[0]);
    if ((prog === 'nginx' || prog === 'nginx-debug') && programOutputs[api.profile].nginx.entrypoint) api.out(nginxEntrypointLog(api));
    // `exec "$@"`: a command the image lacks is the script's shell's error; anything else takes the process.
    const missing = api.execve !== undefined && commandPath(api, args[0]) === undefined;
    if (missing || !execProgram(api, args)) {
      api.err(execNotFound(api, args[0]));
      api.exit(127);
    }
  },
  ...delegatingHooks,
};
