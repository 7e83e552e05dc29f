import { describe, expect, it } from 'vitest';
import { layeredVfs } from './layeredVfs';
import { mountedVfs, subtreeVfs } from './mountedVfs';
import { makeDir, treeFromPaths } from './tree';

function setup(readOnly = false) {
  const rootTree = treeFromPaths(1000, { 'bin/sh': 'ELF', 'tmp/t': 't\n' });
  const hostTree = treeFromPaths(1000, { 'home/docker/site/index.html': '<h1>hi</h1>\n', 'home/docker/notes': 'n\n' });
  const volTree = makeDir(1000);
  const host = layeredVfs([hostTree], () => 2000);
  const vfs = mountedVfs(layeredVfs([makeDir(1000), rootTree], () => 2000), [
    { destination: '/srv/www', vfs: subtreeVfs(host, '/home/docker/site'), readOnly },
    { destination: '/data', vfs: layeredVfs([volTree], () => 2000), readOnly: false },
  ]);
  return { vfs, host, volTree };
}

describe('mountedVfs', () => {
  it('reads a bind-mounted host directory, with the directories leading to it', () => {
    const { vfs } = setup();
    expect(vfs.readFile('/srv/www/index.html')).toBe('<h1>hi</h1>\n');
    expect(vfs.readdir('/')).toEqual(['bin', 'data', 'srv', 'tmp']);
    expect(vfs.readdir('/srv')).toEqual(['www']);
    expect(vfs.isDir('/srv')).toBe(true);
    expect(vfs.readdir('/srv/www')).toEqual(['index.html']);
    expect(vfs.exists('/srv/www/../www/index.html')).toBe(true);
  });

  it('writes through a bind mount land in the host directory', () => {
    const { vfs, host } = setup();
    vfs.writeFile('/srv/www/new.html', 'new\n');
    expect(host.readFile('/home/docker/site/new.html')).toBe('new\n');
    vfs.mkdir('/srv/www/a/b', { parents: true });
    expect(host.isDir('/home/docker/site/a/b')).toBe(true);
  });

  it('a read-only mount refuses changes with EROFS, naming the path asked for', () => {
    const { vfs } = setup(true);
    expect(() => vfs.writeFile('/srv/www/x', 'x')).toThrow('Read-only file system');
    expect(() => vfs.remove('/srv/www/index.html')).toThrow('Read-only file system');
    expect(() => vfs.touch('/srv/www/index.html')).toThrow('Read-only file system');
    expect(() => vfs.mkdir('/srv/www/d')).toThrow('Read-only file system');
    expect(vfs.readFile('/srv/www/index.html')).toBe('<h1>hi</h1>\n');
  });

  it('errors name the container path, never the host path behind it', () => {
    const { vfs } = setup();
    try {
      vfs.readFile('/srv/www/nope');
      expect.unreachable();
    } catch (e) {
      expect((e as { path: string }).path).toBe('/srv/www/nope');
    }
  });

  it('a mount point cannot be removed, and moving out of a mount copies and deletes', () => {
    const { vfs, host, volTree } = setup();
    expect(() => vfs.remove('/data', { recursive: true })).toThrow('Device or resource busy');
    vfs.rename('/srv/www/index.html', '/data/index.html');
    expect(host.exists('/home/docker/site/index.html')).toBe(false);
    expect(Object.keys(volTree.c)).toEqual(['index.html']);
    vfs.copy('/data/index.html', '/tmp/copy.html');
    expect(vfs.readFile('/tmp/copy.html')).toBe('<h1>hi</h1>\n');
  });
});
