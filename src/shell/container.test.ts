import { describe, it, expect, vi } from 'vitest';
vi.mock('./commands/docker/index', () => ({ dockerCommand: { name: 'docker', summary: 'stand-in', run: () => 0 } }));
import { treeFromPaths } from '../engine/fs/tree';
import { getScriptRunner } from '../engine/programs/scriptRunner';
import type { World } from '../engine/world';
import { getPrompt } from './index';
import { addContainer, containerFrame, freshWorld, type, typeAll } from './testing/shellHarness';
import { getContainerById } from '../engine/tables/containerTable';
import { putProcess } from '../engine/tables/processTable';

const ALPINE_ID = '4d5b9c2a1f3e' + 'a'.repeat(52);
const UBUNTU_ID = '7e1a2b3c4d5f' + 'b'.repeat(52);

function alpineLayer(mtime: number) {
  return treeFromPaths(mtime, {
    'bin/busybox': 'ELF',
    'bin/sh': { link: '/bin/busybox' },
    'bin/ls': { link: '/bin/busybox' },
    'bin/cat': { link: '/bin/busybox' },
    'bin/ps': { link: '/bin/busybox' },
    'bin/hostname': { link: '/bin/busybox' },
    'bin/uname': { link: '/bin/busybox' },
    'bin/mkdir': { link: '/bin/busybox' },
    'bin/echo': { link: '/bin/busybox' },
    'bin/rm': { link: '/bin/busybox' },
    'etc/os-release': 'NAME="Alpine Linux"\nID=alpine\n',
    'root': { dir: true },
    'tmp': { dir: true },
  });
}

function ubuntuLayer(mtime: number) {
  return treeFromPaths(mtime, {
    'usr/bin/bash': 'ELF',
    'usr/bin/ls': 'ELF',
    'usr/bin/cat': 'ELF',
    'usr/bin/ps': 'ELF',
    'usr/bin/hostname': 'ELF',
    'usr/bin/sleep': 'ELF',
    'usr/bin/dash': 'ELF',
    'usr/bin/sh': { link: 'dash' },
    'bin': { link: 'usr/bin' },
    'etc/os-release': 'PRETTY_NAME="Ubuntu 16.04.4 LTS"\n',
    'root': { dir: true },
  });
}

function alpineWorld(): World {
  const w = freshWorld();
  const c = addContainer(w, { id: ALPINE_ID, hostname: '4d5b9c2a1f3e', layers: { 'sha256:alpine': alpineLayer(w.now) }, pid: 2 });
  putProcess(w.hosts.default.kernel, { pid: 2, ppid: 1, nsPid: 1, argv: ['/bin/sh'], user: 'root', startedAt: w.now, containerId: c.id, ns: {}, rss: 1000 });
  w.hosts.default.kernel.nextPid = 3;
  w.terminals.t1.frames.push(containerFrame(c, 'sh', { pid: 2, isMain: true }));
  return w;
}

function ubuntuWorld(): World {
  const w = freshWorld();
  const c = addContainer(w, { id: UBUNTU_ID, hostname: '7e1a2b3c4d5f', layers: { 'sha256:ubuntu': ubuntuLayer(w.now) }, pid: 2 });
  putProcess(w.hosts.default.kernel, { pid: 2, ppid: 1, nsPid: 1, argv: ['bash'], user: 'root', startedAt: w.now, containerId: c.id, ns: {}, rss: 1000 });
  w.terminals.t1.frames.push(containerFrame(c, 'bash', { pid: 2, isMain: true }));
  return w;
}

describe('busybox container shell', () => {
  it('has the ash prompt with the cwd', () => {
    const w = alpineWorld();
    expect(getPrompt(w, 't1')).toBe('/ # ');
    const r = typeAll(w, ['mkdir /app', 'cd /app']);
    expect(r.prompt).toBe('/app # ');
  });

  it('finds commands only on PATH in the container filesystem', () => {
    const w = alpineWorld();
    expect(type(w, 'bash').stderr).toBe('sh: bash: not found\n');
    expect(type(w, 'bash').exitCode).toBe(127);
    expect(type(w, 'echo hi').stdout).toBe('hi\n');
    expect(type(w, 'grep x /etc/os-release').stderr).toBe('sh: grep: not found\n');
  });

  it('reads its own files, hostname, and the host kernel', () => {
    const w = alpineWorld();
    expect(type(w, 'cat /etc/os-release').stdout).toBe('NAME="Alpine Linux"\nID=alpine\n');
    expect(type(w, 'hostname').stdout).toBe('4d5b9c2a1f3e\n');
    expect(type(w, 'uname -r').stdout).toBe('4.9.93-boot2docker\n');
    expect(type(w, 'cat nope').stderr).toBe("cat: can't open 'nope': No such file or directory\n");
    expect(type(w, 'ls /').stdout).toBe('bin   etc   root  tmp\n');
    expect(type(w, 'ls / | cat').stdout).toBe('bin\netc\nroot\ntmp\n');
  });

  it('lists only its own processes in busybox format', () => {
    expect(type(alpineWorld(), 'ps').stdout).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 /bin/sh\n    2 root      0:00 ps\n');
  });

  it('writes into the writable layer only', () => {
    const r = typeAll(alpineWorld(), ['echo hi > /tmp/x', 'rm /etc/os-release']);
    const rw = getContainerById(r.world.hosts.default.daemon, ALPINE_ID)!.rw;
    expect(rw.c.tmp).toMatchObject({ t: 'd', c: { x: { t: 'f', data: 'hi\n' } } });
    expect(rw.c.etc).toMatchObject({ t: 'd', c: { 'os-release': { t: 'w' } } });
  });

  it('prints ash syntax errors', () => {
    expect(type(alpineWorld(), 'ls | | x').stderr).toBe('sh: syntax error: unexpected "|"\n');
  });
});

describe('bash container shell', () => {
  it('has the bash prompt and finds binaries through a /bin link', () => {
    const w = ubuntuWorld();
    expect(getPrompt(w, 't1')).toBe('root@7e1a2b3c4d5f:/# ');
    expect(type(w, 'cd /root').prompt).toBe('root@7e1a2b3c4d5f:~# ');
    expect(type(w, 'foo').stderr).toBe('bash: foo: command not found\n');
    expect(type(w, 'cat /etc/os-release').stdout).toBe('PRETTY_NAME="Ubuntu 16.04.4 LTS"\n');
    expect(type(w, 'cat nope').stderr).toBe('cat: nope: No such file or directory\n');
  });

  it('shows procps ps', () => {
    expect(type(ubuntuWorld(), 'ps').stdout).toBe('  PID TTY          TIME CMD\n    1 pts/0    00:00:00 bash\n    2 pts/0    00:00:00 ps\n');
  });

  it('exit pops the frame and ends the main process', () => {
    const r = type(ubuntuWorld(), 'exit 3');
    expect(r.stdout).toBe('exit\n');
    expect(r.world.terminals.t1.frames).toHaveLength(1);
    expect(r.prompt).toBe('docker@default:~$ ');
    const c = getContainerById(r.world.hosts.default.daemon, UBUNTU_ID)!;
    expect(c.state.status).not.toBe('running');
    expect(c.state.exitCode).toBe(3);
    expect(type(r.world, 'echo $?').stdout).toBe('3\n');
  });

  it('a nested sh pushes a frame that exit pops', () => {
    let r = type(ubuntuWorld(), 'sh');
    expect(r.prompt).toBe('# ');
    r = type(r.world, 'exit');
    expect(r.all).toBe('');
    expect(r.prompt).toBe('root@7e1a2b3c4d5f:/# ');
  });
});

describe('container script runner', () => {
  function run(w: World, argv: string[]) {
    const runner = getScriptRunner()!;
    return runner.run({ world: w, events: [] }, 'default', ALPINE_ID, argv, { PATH: '/bin', HOME: '/root' }, '/');
  }

  it('runs sh -c scripts in the container filesystem', () => {
    const w = alpineWorld();
    expect(run(w, ['sh', '-c', 'echo hi; cat /nope; exit 3'])).toEqual({
      output: [
        { stream: 'stdout', text: 'hi\n' },
        { stream: 'stderr', text: "cat: can't open '/nope': No such file or directory\n" },
      ],
      exitCode: 3,
    });
    expect(run(w, ['ls', '/etc'])).toEqual({ output: [{ stream: 'stdout', text: 'os-release\n' }], exitCode: 0 });
  });

  it('hands over to exec and to a final long-running program', () => {
    const w = alpineWorld();
    expect(run(w, ['sh', '-c', 'echo start; exec nginx -g "daemon off;"'])).toEqual({ output: [{ stream: 'stdout', text: 'start\n' }], exitCode: 0, exec: ['nginx', '-g', 'daemon off;'] });
  });
});
