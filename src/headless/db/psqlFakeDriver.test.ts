// psql through the headless runner with a fake PGlite: prompts, banner, the hand-over of each
// statement to the driver, schemas per database, and replay after the driver forgot everything.
import { describe, expect, it } from 'vitest';
import { createLogSyncedDriver, type ProtocolMessage } from '../../engine/db/driverCore';
import { simulateAsync } from '../simulate';
import { findContainer } from '../../engine/containers/findContainer';

function fakeExec(seen: string[]) {
  return async (sql: string): Promise<ProtocolMessage[]> => {
    seen.push(sql);
    const done = (text: string): ProtocolMessage => ({ name: 'commandComplete', text });
    if (/^(CREATE|DROP) SCHEMA|^SET /.test(sql)) return [done(sql.split(' ').slice(0, 2).join(' '))];
    if (sql.startsWith('SELECT nspname')) return [{ name: 'rowDescription', fields: [{ name: 'nspname', dataTypeID: 19 }] }, done('SELECT 0')];
    if (sql.startsWith('CREATE TABLE')) return [done('CREATE TABLE')];
    if (sql.startsWith('INSERT')) return [done('INSERT 0 1')];
    if (sql === 'SELECT name FROM company;') {
      return [{ name: 'rowDescription', fields: [{ name: 'name', dataTypeID: 25 }] }, { name: 'dataRow', fields: ['Big Idea Software'] }, done('SELECT 1')];
    }
    return [{ name: 'error', severity: 'ERROR', message: 'syntax error at or near "oops"', position: '1' }];
  };
}

const lines = [
  'docker run --name pg -d postgres',
  'docker exec -it pg psql -U postgres',
  'sleep 2',
  'docker exec -it pg psql -U postgres',
  'CREATE DATABASE test_db;',
  '\\c test_db',
  'CREATE TABLE company(',
  'name text);',
  "INSERT INTO company VALUES ('Big Idea Software'); SELECT name FROM company;",
  'oops;',
  '\\q',
];

describe('psql with a fake driver', () => {
  it('connects once the server is ready and sends each statement to the database of the session', async () => {
    const seen: string[] = [];
    const { screen, world } = await simulateAsync(lines, { profile: 'classic', driver: createLogSyncedDriver(fakeExec(seen)) });
    expect(screen.slice(screen.indexOf('docker@default:~$ docker exec'))).toBe(
      [
        'docker@default:~$ docker exec -it pg psql -U postgres',
        'psql: could not connect to server: No such file or directory',
        '\tIs the server running locally and accepting',
        '\tconnections on Unix domain socket "/var/run/postgresql/.s.PGSQL.5432"?',
        'docker@default:~$ sleep 2',
        'docker@default:~$ docker exec -it pg psql -U postgres',
        'psql (10.4 (Debian 10.4-2.pgdg90+1))',
        'Type "help" for help.',
        '',
        'postgres=# CREATE DATABASE test_db;',
        'CREATE DATABASE',
        'postgres=# \\c test_db',
        'You are now connected to database "test_db" as user "postgres".',
        'test_db=# CREATE TABLE company(',
        'test_db(# name text);',
        'CREATE TABLE',
        "test_db=# INSERT INTO company VALUES ('Big Idea Software'); SELECT name FROM company;",
        'INSERT 0 1',
        '       name        ',
        '-------------------',
        ' Big Idea Software',
        '(1 row)',
        '',
        'test_db=# oops;',
        'ERROR:  syntax error at or near "oops"',
        'LINE 1: oops;',
        '        ^',
        'test_db=# \\q',
        'docker@default:~$ ',
      ].join('\n'),
    );
    const schema = seen.find((s) => s.startsWith('SET search_path'));
    expect(schema).toMatch(/^SET search_path TO "[0-9a-f]{12}_test_db"$/);
    expect(Object.keys(world.sql?.requests ?? {})).toEqual([]);
  });

  it('replays the log into a driver that never saw it (a reload) before answering', async () => {
    const first: string[] = [];
    const { world } = await simulateAsync(lines, { profile: 'classic', driver: createLogSyncedDriver(fakeExec(first)) });
    const { getSqlExecution, requestSql } = await import('../../engine/db/sqlRequests');
    const { readCluster } = await import('../../engine/db/pgCluster');
    const c = findContainer(world, 'default', 'pg');
    const cluster = readCluster(world, 'default', c.id)!;
    const draft = structuredClone(world);
    const id = requestSql({ world: draft, events: [] }, { host: 'default', containerId: c.id, dataDir: '/var/lib/postgresql/data', dataset: cluster.dataset, database: 'test_db' }, 'SELECT name FROM company;');
    const seen: string[] = [];
    const answer = await createLogSyncedDriver(fakeExec(seen)).execute(getSqlExecution(draft, draft.sql!.requests[id]));
    expect(answer.results[0].rows).toEqual([['Big Idea Software']]);
    expect(seen.filter((s) => !/^(CREATE SCHEMA|SET |SELECT nspname)/.test(s))).toEqual([
      'CREATE TABLE company(\nname text);',
      "INSERT INTO company VALUES ('Big Idea Software');",
      'SELECT name FROM company;',
      'oops;',
      'SELECT name FROM company;',
    ]);
  });
});
