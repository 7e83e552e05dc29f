import { describe, it, expect } from 'vitest';
import type { FsDir } from './fsTypes';
import { layeredVfs } from './layeredVfs';
import { diffLayers } from './diffLayers';
import { makeDir, treeFromPaths } from './tree';

const T = 1000;
function stack(): { rw: FsDir; mid: FsDir; base: FsDir } {
  const base = treeFromPaths(T, {
    'etc/os-release': 'NAME="Alpine Linux"\n',
    'etc/hosts': '127.0.0.1 localhost\n',
    'bin/busybox': 'ELF',
    'bin/sh': { link: '/bin/busybox' },
    'usr/lib/a': 'a',
    'usr/lib/b': 'b',
    'opt/old/x': 'x',
  });
  const mid = treeFromPaths(T, { 'app/main.py': 'print(1)\n', 'etc/hosts': { whiteout: true } });
  mid.c.opt = { ...makeDir(T, { new: makeDir(T) }), opaque: true };
  return { rw: makeDir(T), mid, base };
}

describe('layeredVfs union view', () => {
  it('merges directories and applies whiteouts and opaque dirs', () => {
    const { rw, mid, base } = stack();
    const v = layeredVfs([rw, mid, base], () => 2000);
    expect(v.readdir('/')).toEqual(['app', 'bin', 'etc', 'opt', 'usr']);
    expect(v.readdir('/etc')).toEqual(['os-release']);
    expect(v.readdir('/opt')).toEqual(['new']);
    expect(v.exists('/etc/hosts')).toBe(false);
    expect(v.readFile('/etc/os-release')).toBe('NAME="Alpine Linux"\n');
    expect(v.stat('/bin/sh')?.type).toBe('f');
    expect(v.lstat('/bin/sh')).toEqual({ type: 'l', mode: 0o777, mtime: T, size: 12, target: '/bin/busybox' });
  });

  it('writes to the top layer, copying parents up, and leaves lower layers alone', () => {
    const { rw, mid, base } = stack();
    const v = layeredVfs([rw, mid, base], () => 2000);
    v.writeFile('/usr/lib/c', 'c');
    expect(Object.keys(rw.c)).toEqual(['usr']);
    expect(Object.keys((rw.c.usr as FsDir).c)).toEqual(['lib']);
    expect(v.readdir('/usr/lib')).toEqual(['a', 'b', 'c']);
    expect(Object.keys((base.c.usr as FsDir).c.lib as FsDir)).toContain('c');
    expect(Object.keys(((base.c.usr as FsDir).c.lib as FsDir).c)).toEqual(['a', 'b']);
  });

  it('deleting a lower file leaves a whiteout; deleting a top-only file removes it', () => {
    const { rw, mid, base } = stack();
    const v = layeredVfs([rw, mid, base], () => 2000);
    v.remove('/usr/lib/a');
    expect(((rw.c.usr as FsDir).c.lib as FsDir).c.a).toEqual({ t: 'w' });
    expect(v.readdir('/usr/lib')).toEqual(['b']);
    v.writeFile('/tmp.txt', 'x');
    v.remove('/tmp.txt');
    expect(rw.c['tmp.txt']).toBeUndefined();
    expect(() => v.remove('/usr')).toThrow('Is a directory');
    v.remove('/usr', { recursive: true });
    expect(rw.c.usr).toEqual({ t: 'w' });
    expect(v.exists('/usr/lib/b')).toBe(false);
  });

  it('a directory re-created over a whiteout is opaque', () => {
    const { rw, mid, base } = stack();
    const v = layeredVfs([rw, mid, base], () => 2000);
    v.remove('/usr', { recursive: true });
    v.mkdir('/usr');
    expect(v.readdir('/usr')).toEqual([]);
    expect((rw.c.usr as FsDir).opaque).toBe(true);
  });

  it('throws POSIX errors', () => {
    const { rw, mid, base } = stack();
    const v = layeredVfs([rw, mid, base], () => 2000);
    expect(() => v.readFile('/nope')).toThrow('No such file or directory');
    expect(() => v.readFile('/etc')).toThrow('Is a directory');
    expect(() => v.readFile('/etc/os-release/x')).toThrow('Not a directory');
    expect(() => v.mkdir('/etc')).toThrow('File exists');
    expect(() => v.mkdir('/a/b')).toThrow('No such file or directory');
    v.mkdir('/a/b/c', { parents: true });
    expect(v.isDir('/a/b/c')).toBe(true);
    expect(() => v.writeFile('/zz/y', 'q')).toThrow('No such file or directory');
  });

  it('renames and copies across layers', () => {
    const { rw, mid, base } = stack();
    const v = layeredVfs([rw, mid, base], () => 2000);
    v.copy('/usr', '/usr2', { recursive: true });
    expect(v.readdir('/usr2/lib')).toEqual(['a', 'b']);
    expect(() => v.copy('/usr', '/usr3')).toThrow('Is a directory');
    v.rename('/app/main.py', '/app/app.py');
    expect(v.readdir('/app')).toEqual(['app.py']);
    expect(v.readFile('/app/app.py')).toBe('print(1)\n');
  });

  it('diffs the writable layer like docker diff', () => {
    const { rw, mid, base } = stack();
    const v = layeredVfs([rw, mid, base], () => 2000);
    v.writeFile('/usr/lib/c', 'c');
    v.remove('/etc/os-release');
    v.mkdir('/data/x', { parents: true });
    v.writeFile('/app/main.py', 'print(2)\n');
    expect(diffLayers(rw, [mid, base])).toEqual([
      { kind: 'C', path: '/app' },
      { kind: 'C', path: '/app/main.py' },
      { kind: 'A', path: '/data' },
      { kind: 'A', path: '/data/x' },
      { kind: 'C', path: '/etc' },
      { kind: 'D', path: '/etc/os-release' },
      { kind: 'C', path: '/usr' },
      { kind: 'C', path: '/usr/lib' },
      { kind: 'A', path: '/usr/lib/c' },
    ]);
  });
});
