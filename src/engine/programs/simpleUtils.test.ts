import { describe, expect, it } from 'vitest';
import { runProgram } from './fakeProgramApi';
import { cat, echo, echoOutput, env, falseProgram, hostname, printenv, trueProgram } from './simpleUtils';
import './registry';

describe('simple utilities', () => {
  it('true and false', () => {
    expect(runProgram(trueProgram, ['true']).exitCode).toBe(0);
    expect(runProgram(falseProgram, ['false']).exitCode).toBe(1);
  });

  it('echo prints its arguments', () => {
    const r = runProgram(echo, ['echo', 'hi', 'there']);
    expect(r.stdout).toBe('hi there\n');
    expect(r.exitCode).toBe(0);
    expect(echoOutput(['-n', 'x'])).toBe('x');
    expect(echoOutput(['-e', 'a\\tb'])).toBe('a\tb\n');
  });

  it('env and printenv print the environment', () => {
    const r = runProgram(env, ['env'], { env: { FOO: 'bar' }, hostname: 'abc123def456' });
    expect(r.stdout).toBe('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOSTNAME=abc123def456\nFOO=bar\n');
    const p = runProgram(printenv, ['printenv', 'FOO', 'NOPE'], { env: { FOO: 'bar' } });
    expect(p.stdout).toBe('bar\n');
    expect(p.exitCode).toBe(1);
  });

  it('env runs a command', () => {
    const r = runProgram(env, ['env', 'echo', 'x']);
    expect(r.stdout).toBe('x\n');
    expect(r.exitCode).toBe(0);
  });

  it('hostname prints the container hostname', () => {
    expect(runProgram(hostname, ['hostname'], { hostname: 'web1' }).stdout).toBe('web1\n');
  });

  it('cat with no file ends at once; with files prints them', () => {
    expect(runProgram(cat, ['cat']).exitCode).toBe(0);
    const r = runProgram(cat, ['cat', '/etc/x', '/nope'], { files: { '/etc/x': 'hello\n' } });
    expect(r.stdout).toBe('hello\n');
    expect(r.stderr).toBe('cat: /nope: No such file or directory\n');
    expect(r.exitCode).toBe(1);
  });
});
