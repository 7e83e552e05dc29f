import { describe, it, expect } from 'vitest';
import { basename, dirname, joinPath, normalizePath, resolvePath } from './path';

describe('path', () => {
  it('normalizes', () => {
    expect(normalizePath('/a//b/./c/../d/')).toBe('/a/b/d');
    expect(normalizePath('/../..')).toBe('/');
    expect(normalizePath('a/../../b')).toBe('../b');
    expect(joinPath('/app', 'x', '../y')).toBe('/app/y');
  });
  it('resolves against cwd and home', () => {
    expect(resolvePath('/home/docker', 'app/main.py')).toBe('/home/docker/app/main.py');
    expect(resolvePath('/tmp', '~/x', '/home/docker')).toBe('/home/docker/x');
    expect(resolvePath('/tmp', '/etc/../var')).toBe('/var');
  });
  it('splits names', () => {
    expect(dirname('/a/b/c')).toBe('/a/b');
    expect(dirname('/a')).toBe('/');
    expect(dirname('a')).toBe('.');
    expect(basename('/a/b/')).toBe('b');
    expect(basename('/')).toBe('/');
  });
});
