import { describe, expect, it } from 'vitest';
import { dockerEntrypoint } from './dockerEntrypoint';
import { runProgram } from './fakeProgramApi';
import { mongod } from './mongo';
import './registry';
import { redisServer } from './redis';

describe('redis-server', () => {
  it('logs the 4.0 start-up and stops on SIGTERM (2018)', () => {
    const r = runProgram(dockerEntrypoint, ['docker-entrypoint.sh', 'redis-server'], { profile: 'classic', container: { imageRef: 'redis' } });
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '1:C 20 May 10:00:00.000 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
      '1:C 20 May 10:00:00.000 # Redis version=4.0.9, bits=64, commit=00000000, modified=0, pid=1, just started',
      '1:C 20 May 10:00:00.000 # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
      '1:M 20 May 10:00:00.002 * Running mode=standalone, port=6379.',
    ]);
    expect(lines.slice(-2)).toEqual(['1:M 20 May 10:00:00.002 * Ready to accept connections', '']);
    expect(r.listens).toEqual(['6379/tcp']);
    r.stdout = '';
    r.signal('SIGTERM');
    expect(r.stdout).toBe(
      '1:signal-handler (1526810400) Received SIGTERM scheduling shutdown...\n' +
        '1:M 20 May 10:00:00.100 # User requested shutdown...\n' +
        '1:M 20 May 10:00:00.100 * Saving the final RDB snapshot before exiting.\n' +
        '1:M 20 May 10:00:00.104 * DB saved on disk\n' +
        '1:M 20 May 10:00:00.104 # Redis is now ready to exit, bye bye...\n',
    );
    expect(r.exitCode).toBe(0);
  });

  it('puts the year in the time and ends with the tcp listener today', () => {
    const r = runProgram(redisServer, ['redis-server'], { profile: 'current' });
    expect(r.stdout.split('\n').slice(-3)).toEqual(['1:M 15 Jan 2026 10:00:00.003 * Server initialized', '1:M 15 Jan 2026 10:00:00.003 * Ready to accept connections tcp', '']);
  });

  it('takes an option-only command as redis-server', () => {
    const r = runProgram(dockerEntrypoint, ['docker-entrypoint.sh', '--appendonly', 'yes'], { profile: 'classic', container: { imageRef: 'redis:4' } });
    expect(r.listens).toEqual(['6379/tcp']);
  });
});

describe('mongod', () => {
  it('waits for connections on 27017 in plain text (2018)', () => {
    const r = runProgram(mongod, ['mongod'], { profile: 'classic', hostname: 'c0ffee123456' });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('2018-05-20T10:00:00.000+0000 I CONTROL  [initandlisten] MongoDB starting : pid=1 port=27017 dbpath=/data/db 64-bit host=c0ffee123456');
    expect(lines[lines.length - 2]).toBe('2018-05-20T10:00:00.645+0000 I NETWORK  [initandlisten] waiting for connections on port 27017');
    expect(r.listens).toEqual(['27017/tcp']);
    r.signal('SIGTERM');
    expect(r.exitCode).toBe(0);
  });

  it('writes JSON lines today', () => {
    const r = runProgram(mongod, ['mongod'], { profile: 'current' });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(
      '{"t":{"$date":"2026-01-15T10:00:00.000+00:00"},"s":"I",  "c":"CONTROL",  "id":23285,   "ctx":"main","msg":"Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\'"}',
    );
    expect(lines[lines.length - 2]).toBe(
      '{"t":{"$date":"2026-01-15T10:00:00.900+00:00"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}',
    );
  });
});

describe('docker-entrypoint.sh', () => {
  it('execs other commands and reports missing ones', () => {
    const ok = runProgram(dockerEntrypoint, ['docker-entrypoint.sh', 'echo', 'hi'], { container: { imageRef: 'postgres' } });
    expect([ok.stdout, ok.exitCode]).toEqual(['hi\n', 0]);
    const bad = runProgram(dockerEntrypoint, ['docker-entrypoint.sh', 'psqlx'], { container: { imageRef: 'postgres' } });
    expect([bad.stderr, bad.exitCode]).toEqual(['docker-entrypoint.sh: line 145: exec: psqlx: not found\n', 127]);
  });
});
