import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../engine/createWorld';
import { type, typeAll } from '../../testing/shellHarness';

describe('command, type and hash in bash (the docker host)', () => {
  it('command -v prints the path or the builtin name, and fails quietly with 1', () => {
    const w = createWorld({ profile: 'current' });
    expect(type(w, 'command -v ls cd')).toMatchObject({ stdout: '/usr/bin/ls\ncd\n', stderr: '', exitCode: 0 });
    expect(type(w, 'command -v nope')).toMatchObject({ stdout: '', stderr: '', exitCode: 1 });
    expect(type(w, 'command -V nope')).toMatchObject({ stdout: '', stderr: 'bash: command: nope: not found\n', exitCode: 1 });
  });

  it('type names keywords, builtins and files; a command that ran is hashed with its hits', () => {
    const w = createWorld({ profile: 'current' });
    expect(type(w, 'type if cd ls nope')).toMatchObject({
      stdout: 'if is a shell keyword\ncd is a shell builtin\nls is /usr/bin/ls\n',
      stderr: 'bash: type: nope: not found\n',
      exitCode: 1,
    });
    expect(type(w, 'hash').stdout).toBe('hash: hash table empty\n');
    const r = typeAll(w, ['ls', 'ls', 'command ls', 'type ls']);
    expect(r.stdout).toBe('ls is hashed (/usr/bin/ls)\n');
    expect(type(r.world, 'hash').stdout).toBe('hits\tcommand\n   3\t/usr/bin/ls\n');
  });
});

describe('command, type and hash in busybox sh', () => {
  it('prints not found on stdout with 127, special builtins and tracked aliases', () => {
    const w = type(createWorld({ profile: 'current' }), 'docker pull busybox').world;
    const line = `docker run --rm busybox sh -c 'command -v ls nope; echo $?; type exit cd nope; echo $?; ls >/dev/null; hash; type ls'`;
    expect(type(w, line)).toMatchObject({
      stdout: '/bin/ls\n127\nexit is a special shell builtin\ncd is a shell builtin\nnope: not found\n127\n/bin/ls\nls is a tracked alias for /bin/ls\n',
      stderr: '',
    });
  });
});
