import { describe, it, expect, vi } from 'vitest';
vi.mock('./commands/docker/index', () => ({ dockerCommand: { name: 'docker', summary: 'stand-in', run: () => 0 } }));
import { treeFromPaths } from '../engine/fs/tree';
import { getScriptRunner } from '../engine/programs/scriptRunner';
import type { World } from '../engine/world';
import './index';
import { addContainer, containerFrame, freshWorld, type, typeAll } from './testing/shellHarness';

const ALPINE_ID = '4d5b9c2a1f3e' + 'a'.repeat(52);
const DEBIAN_ID = '7e1a2b3c4d5f' + 'b'.repeat(52);

function alpineWorld(): World {
  const w = freshWorld();
  const layer = treeFromPaths(w.now, {
    'bin/busybox': 'ELF',
    'bin/sh': { link: '/bin/busybox' },
    'bin/cat': { link: '/bin/busybox' },
    'bin/echo': { link: '/bin/busybox' },
    'bin/sleep': { link: '/bin/busybox' },
    'usr/bin/tail': { link: '/bin/busybox' },
    'usr/sbin/php-fpm': 'ELF',
    'usr/sbin/nginx': 'ELF',
    'tmp': { dir: true },
  });
  const c = addContainer(w, { id: ALPINE_ID, hostname: '4d5b9c2a1f3e', layers: { 'sha256:alpine': layer }, pid: 2 });
  w.terminals.t1.frames.push(containerFrame(c, 'sh', { pid: 2, isMain: true }));
  return w;
}

function dashWorld(): World {
  const w = freshWorld();
  const layer = treeFromPaths(w.now, { 'bin/dash': 'ELF', 'bin/sh': { link: 'dash' }, 'bin/cat': 'ELF' });
  const c = addContainer(w, { id: DEBIAN_ID, hostname: '7e1a2b3c4d5f', layers: { 'sha256:debian': layer }, pid: 2 });
  w.terminals.t1.frames.push(containerFrame(c, 'sh', { pid: 2, isMain: true }));
  return w;
}

function run(w: World, id: string, script: string) {
  return getScriptRunner()!.run({ world: w, events: [] }, 'default', id, ['/bin/sh', '-c', script], { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' }, '/');
}

describe('syntax errors in container shells', () => {
  it('busybox ash names the token and what it expected', () => {
    const w = alpineWorld();
    const r = type(w, 'fi');
    expect(r.stderr).toBe('sh: syntax error: unexpected "fi"\n');
    expect(r.exitCode).toBe(2);
    expect(type(w, 'if true; fi').stderr).toBe('sh: syntax error: unexpected "fi" (expecting "then")\n');
    expect(type(w, 'for x in a; echo; done').stderr).toBe('sh: syntax error: unexpected word (expecting "do")\n');
    expect(type(w, '( )').stderr).toBe('sh: syntax error: unexpected ")"\n');
  });

  it('dash says it the other way round', () => {
    const w = dashWorld();
    expect(type(w, 'fi').stderr).toBe('sh: 1: Syntax error: "fi" unexpected\n');
    expect(type(w, 'while true; done').stderr).toBe('sh: 1: Syntax error: "done" unexpected (expecting "do")\n');
  });

  it('a script that ends inside a compound command is an end-of-file error', () => {
    expect(run(alpineWorld(), ALPINE_ID, 'if true; then echo x')).toEqual({ output: [{ stream: 'stderr', text: '/bin/sh: syntax error: unexpected end of file (expecting "fi")\n' }], exitCode: 2 });
    expect(run(dashWorld(), DEBIAN_ID, 'for i in 1; do echo')).toEqual({ output: [{ stream: 'stderr', text: '/bin/sh: 1: Syntax error: end of file unexpected (expecting "done")\n' }], exitCode: 2 });
  });
});

describe('container scripts', () => {
  it('runs tutum/hello-world: php-fpm returns, the tail subshell goes to the background, nginx takes over', () => {
    const r = run(alpineWorld(), ALPINE_ID, 'php-fpm -d variables_order="EGPCS" && (tail -F /var/log/nginx/access.log &) && exec nginx -g "daemon off;"');
    expect(r).toEqual({ output: [], exitCode: 0, exec: ['nginx', '-g', 'daemon off;'] });
  });

  it('stops at the first failing part of an && chain', () => {
    expect(run(alpineWorld(), ALPINE_ID, 'false && exec nginx')).toEqual({ output: [], exitCode: 1 });
  });

  it('shows nothing from background items', () => {
    expect(run(alpineWorld(), ALPINE_ID, 'echo bg & echo fg')).toEqual({ output: [{ stream: 'stdout', text: 'fg\n' }], exitCode: 0 });
  });

  it('keeps a container whose script loops with a sleep running', () => {
    expect(run(alpineWorld(), ALPINE_ID, 'while true; do echo hello; sleep 1; done')).toEqual({ output: [{ stream: 'stdout', text: 'hello\n' }], exitCode: 0, exec: ['sleep', 'infinity'] });
  });

  it('runs control flow and test', () => {
    const r = run(alpineWorld(), ALPINE_ID, 'for i in 1 2; do if [ $i -eq 2 ]; then echo two; else echo one; fi; done; case $i in 2) exit 4;; esac');
    expect(r).toEqual({ output: [{ stream: 'stdout', text: 'one\ntwo\n' }], exitCode: 4 });
  });
});

describe('interactive container shell', () => {
  it('prints the job line for cmd & and runs compound commands typed over several lines', () => {
    const w = alpineWorld();
    expect(type(w, 'sleep 10 &').stderr).toMatch(/^\[1\] \d+\n$/);
    const r = typeAll(w, ['for i in a b', 'do echo $i', 'done']);
    expect(r.stdout).toBe('a\nb\n');
    expect(r.prompt).toBe('/ # ');
  });
});
