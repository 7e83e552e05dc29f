// postgres as the official image's docker-entrypoint.sh starts it. The first start runs initdb,
// a temporary server and the init scripts, then the real server; a data directory that already
// holds PG_VERSION (a restart, or a named volume reused) skips straight to the server.
// Today's image refuses to initialise without a password; 10.4 (2018) warned in a box instead.
import { programOutputs, type ProgramOutput } from '../profile/programOutput';
import type { ProgramApi, ProgramDef, Signal } from './programTypes';
import { postgresSecondsTime, postgresTime } from './timeFormats';
import { readCluster } from '../db/pgCluster';
import type { World } from '../world';

type PgProfile = ProgramOutput['postgres'];

export const NO_PASSWORD_ERROR = `Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
       connections without a password. This is *not* recommended.

       See PostgreSQL documentation about "trust":
       https://www.postgresql.org/docs/current/auth-trust.html
`;

export const NO_PASSWORD_WARNING = `****************************************************
WARNING: No password has been set for the database.
         This will allow anyone with access to the
         Postgres port to access your database. In
         Docker's default configuration, this is
         effectively any other container on the same
         system.

         Use "-e POSTGRES_PASSWORD=password" to set
         it in "docker run".
****************************************************
`;

const INIT_MARKER = 'PostgreSQL init process complete; ready for start up.';

interface PgState {
  pid: number; // checkpointer/startup helper numbering continues from here
}

function log(api: ProgramApi, offsetMs: number, pid: number, msg: string): string {
  return `${postgresTime(api.now + offsetMs)} [${pid}] LOG:  ${msg}\n`;
}

function initdbText(p: PgProfile): string {
  const q = (name: string) => (p.quotedGucs ? `"${name}"` : name);
  const lines = [
    'The files belonging to this database system will be owned by user "postgres".',
    'This user must also own the server process.',
    '',
    'The database cluster will be initialized with locale "en_US.utf8".',
    'The default database encoding has accordingly been set to "UTF8".',
    'The default text search configuration will be set to "english".',
    '',
    `Data page checksums are ${p.checksums ? 'enabled' : 'disabled'}.`,
    '',
    `fixing permissions on existing directory ${p.pgdata} ... ok`,
    'creating subdirectories ... ok',
    ...(p.quotedGucs ? ['selecting dynamic shared memory implementation ... posix'] : []),
    `selecting default ${q('max_connections')} ... 100`,
    `selecting default ${q('shared_buffers')} ... 128MB`,
    p.quotedGucs ? 'selecting default time zone ... Etc/UTC' : 'selecting dynamic shared memory implementation ... posix',
    'creating configuration files ... ok',
    'running bootstrap script ... ok',
    'performing post-bootstrap initialization ... ok',
    'syncing data to disk ... ok',
    '',
  ];
  const success = ['', 'Success. You can now start the database server using:', '', `    pg_ctl -D ${p.pgdata} -l logfile start`, ''];
  const trust = p.quotedGucs
    ? [
        'initdb: warning: enabling "trust" authentication for local connections',
        'initdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and --auth-host, the next time you run initdb.',
      ]
    : [
        'WARNING: enabling "trust" authentication for local connections',
        'You can change this by editing pg_hba.conf or using the option -A, or',
        '--auth-local and --auth-host, the next time you run initdb.',
      ];
  const all = p.quotedGucs ? [...lines, ...success, ...trust] : [...lines, ...trust, ...success];
  return `${all.join('\n')}\n`;
}

function checkpointLines(api: ProgramApi, at: number, pid: number): string {
  return (
    log(api, at, pid, 'checkpoint starting: shutdown immediate') +
    log(
      api,
      at + 8,
      pid,
      'checkpoint complete: wrote 3 buffers (0.0%), wrote 3 SLRU buffers; 0 WAL file(s) added, 0 removed, 0 recycled; write=0.002 s, sync=0.001 s, total=0.010 s; sync files=2, longest=0.001 s, average=0.001 s; distance=0 kB, estimate=0 kB; lsn=0/1B8DE68, redo lsn=0/1B8DE68',
    )
  );
}

function serverStart(api: ProgramApi, p: PgProfile, at: number, shutAt: number, helperPid: number): string {
  let text = p.startingLine ? log(api, at, 1, p.startingLine) : '';
  text += log(api, at, 1, 'listening on IPv4 address "0.0.0.0", port 5432');
  text += log(api, at, 1, 'listening on IPv6 address "::", port 5432');
  text += log(api, at + 3, 1, 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"');
  text += log(api, at + 17, helperPid, `database system was shut down at ${postgresSecondsTime(shutAt)}`);
  text += log(api, at + 22, 1, 'database system is ready to accept connections');
  return text;
}

function firstStart(api: ProgramApi, p: PgProfile): void {
  const password = api.env.POSTGRES_PASSWORD ?? '';
  api.out(initdbText(p));
  if (!password && !p.requirePassword) api.err(NO_PASSWORD_WARNING);
  const tmp = p.requirePassword ? 48 : 38;
  let text = `waiting for server to start....${p.startingLine ? log(api, 1200, tmp, p.startingLine) : ''}`;
  if (!p.startingLine) text += log(api, 1200, tmp, 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"');
  else text += log(api, 1203, tmp, 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"');
  text += log(api, 1216, tmp + (p.requirePassword ? 6 : 1), `database system was shut down at ${postgresSecondsTime(api.now + 1000)}`);
  text += log(api, 1220, tmp, 'database system is ready to accept connections');
  text += ' done\nserver started\n';
  text += p.requirePassword ? '\n' : 'ALTER ROLE\n\n\n';
  text += '/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*\n\n';
  const ckpt = tmp + (p.requirePassword ? 4 : 2);
  if (p.requirePassword) {
    text += `waiting for server to shut down....${log(api, 1380, tmp, 'received fast shutdown request')}`;
    text += log(api, 1382, tmp, 'aborting any active transactions');
    text += log(api, 1384, tmp, `background worker "logical replication launcher" (PID ${tmp + 9}) exited with exit code 1`);
    text += log(api, 1384, ckpt, 'shutting down');
    text += checkpointLines(api, 1386, ckpt);
    text += log(api, 1400, tmp, 'database system is shut down');
  } else {
    text += log(api, 1380, tmp, 'received fast shutdown request');
    text += `waiting for server to shut down....${log(api, 1382, tmp, 'aborting any active transactions')}`;
    text += log(api, 1384, tmp, `worker process: logical replication launcher (PID ${tmp + 7}) exited with exit code 1`);
    text += log(api, 1384, ckpt, 'shutting down');
    text += log(api, 1400, tmp, 'database system is shut down');
  }
  text += ` done\nserver stopped\n\n${INIT_MARKER}\n\n`;
  text += serverStart(api, p, 1500, api.now + 1400, p.requirePassword ? 66 : 56);
  api.out(text);
  api.writeFile?.(`${api.env.PGDATA || p.pgdata}/PG_VERSION`, `${p.version.split('.')[0]}\n`);
  api.setState<PgState>({ pid: p.requirePassword ? 64 : 57 });
}

function isInitialised(api: ProgramApi, p: PgProfile): boolean {
  if (api.readFile(`${api.env.PGDATA || p.pgdata}/PG_VERSION`) !== undefined) return true;
  // A volume reused from an earlier container holds the cluster (engine/db/pgCluster.ts).
  if (readCluster(api.world as World, api.host, api.container.id)) return true;
  return api.container.logs.some((l) => l.text === INIT_MARKER);
}

function shutdown(api: ProgramApi, sig: Signal): void {
  const p = programOutputs[api.profile].postgres;
  const ckpt = api.getState<PgState>()?.pid ?? 22;
  const mode = sig === 'SIGTERM' ? 'smart' : sig === 'SIGINT' ? 'fast' : 'immediate';
  let text = log(api, 0, 1, `received ${mode} shutdown request`);
  if (mode === 'immediate') {
    api.out(`${text}${log(api, 2, 1, 'database system is shut down')}`);
    api.exit(0);
    return;
  }
  if (mode === 'fast') text += log(api, 1, 1, 'aborting any active transactions');
  text += p.requirePassword
    ? log(api, 2, 1, `background worker "logical replication launcher" (PID ${ckpt + 5}) exited with exit code 1`)
    : log(api, 2, 1, `worker process: logical replication launcher (PID ${ckpt + 5}) exited with exit code 1`);
  text += log(api, 3, ckpt, 'shutting down');
  if (p.requirePassword) text += checkpointLines(api, 4, ckpt);
  text += log(api, 20, 1, 'database system is shut down');
  api.out(text);
  api.exit(0);
}

export const postgres: ProgramDef = {
  name: 'postgres',
  start(api) {
    const p = programOutputs[api.profile].postgres;
    if (!isInitialised(api, p)) {
      const trust = api.env.POSTGRES_HOST_AUTH_METHOD === 'trust';
      if (p.requirePassword && !api.env.POSTGRES_PASSWORD && !trust) {
        api.err(NO_PASSWORD_ERROR);
        api.exit(1);
        return;
      }
      firstStart(api, p);
    } else {
      if (p.requirePassword) api.out('\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n\n');
      const shutAt = api.container.state.finishedAt || api.now;
      api.out(serverStart(api, p, 0, shutAt, 22));
      api.setState<PgState>({ pid: 20 });
    }
    api.listen(5432);
  },
  signal(api, sig) {
    if (sig === 'SIGTERM' || sig === 'SIGINT' || sig === 'SIGQUIT') shutdown(api, sig);
  },
};
