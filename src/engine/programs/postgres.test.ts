import { describe, expect, it } from 'vitest';
import { dockerEntrypoint } from './dockerEntrypoint';
import { runProgram } from './fakeProgramApi';
import { NO_PASSWORD_ERROR, NO_PASSWORD_WARNING } from './postgres';
import './registry';

const pg = (profile: 'classic' | 'current', env: Record<string, string> = {}, files: Record<string, string> = {}) =>
  runProgram(dockerEntrypoint, ['docker-entrypoint.sh', 'postgres'], { profile, env, files, container: { imageRef: 'postgres' } });

describe('postgres 10.4 (2018)', () => {
  it('initialises, warns about the missing password and ends ready', () => {
    const r = pg('classic');
    expect(r.stderr).toBe(NO_PASSWORD_WARNING);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['The files belonging to this database system will be owned by user "postgres".', 'This user must also own the server process.']);
    expect(lines.slice(9, 29)).toEqual([
      'fixing permissions on existing directory /var/lib/postgresql/data ... ok',
      'creating subdirectories ... ok',
      'selecting default max_connections ... 100',
      'selecting default shared_buffers ... 128MB',
      'selecting dynamic shared memory implementation ... posix',
      'creating configuration files ... ok',
      'running bootstrap script ... ok',
      'performing post-bootstrap initialization ... ok',
      'syncing data to disk ... ok',
      '',
      'WARNING: enabling "trust" authentication for local connections',
      'You can change this by editing pg_hba.conf or using the option -A, or',
      '--auth-local and --auth-host, the next time you run initdb.',
      '',
      'Success. You can now start the database server using:',
      '',
      '    pg_ctl -D /var/lib/postgresql/data -l logfile start',
      '',
      'waiting for server to start....2018-05-20 10:00:01.200 UTC [38] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"',
      '2018-05-20 10:00:01.216 UTC [39] LOG:  database system was shut down at 2018-05-20 10:00:01 UTC',
    ]);
    expect(lines.slice(-12)).toEqual([
      '2018-05-20 10:00:01.400 UTC [38] LOG:  database system is shut down',
      ' done',
      'server stopped',
      '',
      'PostgreSQL init process complete; ready for start up.',
      '',
      '2018-05-20 10:00:01.500 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432',
      '2018-05-20 10:00:01.500 UTC [1] LOG:  listening on IPv6 address "::", port 5432',
      '2018-05-20 10:00:01.503 UTC [1] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"',
      '2018-05-20 10:00:01.517 UTC [56] LOG:  database system was shut down at 2018-05-20 10:00:01 UTC',
      '2018-05-20 10:00:01.522 UTC [1] LOG:  database system is ready to accept connections',
      '',
    ]);
    expect(r.listens).toEqual(['5432/tcp']);
    expect(r.files['/var/lib/postgresql/data/PG_VERSION']).toBe('10\n');
  });

  it('skips initialisation when the data directory is there, and stops smartly on SIGTERM', () => {
    const r = pg('classic', { POSTGRES_PASSWORD: 'x' }, { '/var/lib/postgresql/data/PG_VERSION': '10\n' });
    expect(r.stdout).toBe(
      '2018-05-20 10:00:00.000 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432\n' +
        '2018-05-20 10:00:00.000 UTC [1] LOG:  listening on IPv6 address "::", port 5432\n' +
        '2018-05-20 10:00:00.003 UTC [1] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"\n' +
        '2018-05-20 10:00:00.017 UTC [22] LOG:  database system was shut down at 2018-05-20 10:00:00 UTC\n' +
        '2018-05-20 10:00:00.022 UTC [1] LOG:  database system is ready to accept connections\n',
    );
    r.stdout = '';
    r.signal('SIGTERM');
    expect(r.stdout).toBe(
      '2018-05-20 10:00:00.000 UTC [1] LOG:  received smart shutdown request\n' +
        '2018-05-20 10:00:00.002 UTC [1] LOG:  worker process: logical replication launcher (PID 25) exited with exit code 1\n' +
        '2018-05-20 10:00:00.003 UTC [20] LOG:  shutting down\n' +
        '2018-05-20 10:00:00.020 UTC [1] LOG:  database system is shut down\n',
    );
    expect(r.exitCode).toBe(0);
  });
});

describe('postgres 18 (current)', () => {
  it('refuses to initialise without a password', () => {
    const r = pg('current');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['', NO_PASSWORD_ERROR, 1]);
  });

  it('initialises with POSTGRES_PASSWORD into the versioned PGDATA', () => {
    const r = pg('current', { POSTGRES_PASSWORD: 'secret' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('selecting default "max_connections" ... 100\n');
    expect(r.stdout).toContain(
      'syncing data to disk ... ok\n\n\nSuccess. You can now start the database server using:\n\n    pg_ctl -D /var/lib/postgresql/18/docker -l logfile start\n\ninitdb: warning: enabling "trust" authentication for local connections\n',
    );
    expect(r.stdout.endsWith('2026-01-15 10:00:01.522 UTC [1] LOG:  database system is ready to accept connections\n')).toBe(true);
    expect(r.files['/var/lib/postgresql/18/docker/PG_VERSION']).toBe('18\n');
  });

  it('says it skips initialisation on a restart', () => {
    const r = pg('current', {}, { '/var/lib/postgresql/18/docker/PG_VERSION': '18\n' });
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      '',
      'PostgreSQL Database directory appears to contain a database; Skipping initialization',
      '',
      '2026-01-15 10:00:00.000 UTC [1] LOG:  starting PostgreSQL 18.1 (Debian 18.1-1.pgdg13+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 14.2.0-19) 14.2.0, 64-bit',
    ]);
  });
});
