import { describe, expect, it } from 'vitest';
import { dockerEntrypoint } from './dockerEntrypoint';
import { runProgram } from './fakeProgramApi';
import { mysqld } from './mysql';
import './registry';

describe('mysqld', () => {
  it('refuses an uninitialised database without a password option (today)', () => {
    const r = runProgram(mysqld, ['mysqld'], { profile: 'current', env: { MYSQL_VERSION: '8.0.44-1.el9' } });
    expect(r.stdout).toBe(
      '2026-01-15 10:00:00+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0.44-1.el9 started.\n' +
        "2026-01-15 10:00:00+00:00 [Note] [Entrypoint]: Switching to dedicated user 'mysql'\n" +
        '2026-01-15 10:00:00+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0.44-1.el9 started.\n',
    );
    expect(r.stderr).toBe(
      '2026-01-15 10:00:00+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n' +
        '    You need to specify one of the following as an environment variable:\n' +
        '    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD\n',
    );
    expect(r.exitCode).toBe(1);
  });

  it('refuses in the 2018 wording', () => {
    const r = runProgram(dockerEntrypoint, ['docker-entrypoint.sh', 'mysqld'], { profile: 'classic', env: { MYSQL_VERSION: '8.0.11-1debian9' }, container: { imageRef: 'mysql:8.0' } });
    expect([r.stdout, r.stderr, r.exitCode]).toEqual([
      '',
      'error: database is uninitialized and password option is not specified \n  You need to specify one of MYSQL_ROOT_PASSWORD, MYSQL_ALLOW_EMPTY_PASSWORD and MYSQL_RANDOM_ROOT_PASSWORD\n',
      1,
    ]);
  });

  it('initialises, creates the database, listens on 3306 and 33060 and shuts down on SIGTERM', () => {
    const r = runProgram(mysqld, ['mysqld'], { profile: 'current', env: { MYSQL_VERSION: '8.0.44-1.el9', MYSQL_ROOT_PASSWORD: 'secret', MYSQL_DATABASE: 'todos' } });
    const lines = r.stdout.split('\n');
    expect(lines[3]).toBe('2026-01-15 10:00:00+00:00 [Note] [Entrypoint]: Initializing database files');
    expect(lines).toContain('2026-01-15 10:00:15+00:00 [Note] [Entrypoint]: Creating database todos');
    expect(lines.slice(-2)).toEqual([
      "2026-01-15T10:00:17.365000Z 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.",
      '',
    ]);
    expect(r.listens).toEqual(['3306/tcp', '33060/tcp']);
    expect(r.files['/var/lib/mysql/ibdata1']).toBe('');
    r.stdout = '';
    r.signal('SIGTERM');
    expect(r.stdout).toBe(
      '2026-01-15T10:00:17.400000Z 0 [System] [MY-013172] [Server] Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: 8.0.44).\n' +
        '2026-01-15T10:00:18.600000Z 0 [System] [MY-010910] [Server] /usr/sbin/mysqld: Shutdown complete (mysqld 8.0.44)  MySQL Community Server - GPL.\n',
    );
    expect(r.exitCode).toBe(0);
  });

  it('runs 5.7 on 3306 only with the old ready lines (2018)', () => {
    const r = runProgram(mysqld, ['mysqld'], { profile: 'classic', env: { MYSQL_VERSION: '5.7.22-1debian9', MYSQL_ALLOW_EMPTY_PASSWORD: 'yes' } });
    expect(r.stdout.startsWith('Initializing database\nDatabase initialized\nMySQL init process in progress...\n')).toBe(true);
    expect(r.stdout).toContain("2018-05-20T10:00:09.300000Z 0 [Note] mysqld: ready for connections.\nVersion: '5.7.22'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)\n");
    expect(r.listens).toEqual(['3306/tcp']);
  });
});
