import { describe, expect, it } from 'vitest';
import { runProgram } from './fakeProgramApi';
import { getProgram } from './registry';
import { bash, sh } from './shell';

describe('sh and bash', () => {
  it('exit at once without a terminal or stdin', () => {
    expect(runProgram(sh, ['sh']).exitCode).toBe(0);
    expect(runProgram(bash, ['/bin/bash']).exitCode).toBe(0);
  });

  it('stay with -t or -i and name their frame', () => {
    expect(runProgram(sh, ['sh'], { tty: true, openStdin: true }).exitCode).toBeUndefined();
    expect(runProgram(bash, ['bash'], { openStdin: true }).exitCode).toBeUndefined();
    expect([sh.interactive, bash.interactive, sh.isShell]).toEqual(['sh', 'bash', true]);
  });

  it('are found under their aliases', () => {
    expect(getProgram('/bin/ash')).toBe(sh);
    expect(getProgram('dash')).toBe(sh);
    expect(getProgram('/usr/bin/bash')).toBe(bash);
  });

  it('run -c with the fallback: exit N', () => {
    const r = runProgram(sh, ['sh', '-c', 'echo hi; exit 3']);
    expect(r.stdout).toBe('hi\n');
    expect(r.exitCode).toBe(3);
  });

  it('hand the process over on exec', () => {
    const r = runProgram(sh, ['/bin/sh', '-c', 'exec sleep 5']);
    expect(r.exitCode).toBeUndefined();
    r.advance(5000);
    expect(r.exitCode).toBe(0);
  });

  it('report an unknown exec target', () => {
    const r = runProgram(sh, ['sh', '-c', 'exec nosuch'], { files: { '/bin/busybox': 'ELF' } });
    expect(r.stderr).toBe('sh: exec: line 1: nosuch: not found\n');
    expect(r.exitCode).toBe(127);
  });
});
