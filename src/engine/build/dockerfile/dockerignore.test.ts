import { describe, expect, it } from 'vitest';
import { cleanPath, isIgnored, parseDockerignore } from './dockerignore';

const ignored = (ignoreFile: string, paths: string[]) => {
  const patterns = parseDockerignore(ignoreFile);
  return paths.filter((p) => isIgnored(patterns, p));
};

describe('.dockerignore', () => {
  it('reads patterns: comments and blanks dropped, paths cleaned, leading / removed', () => {
    expect(parseDockerignore('# comment\n\n  /build/  \n./src/../tmp\n! keep.txt\r\n').map((p) => [p.pattern, p.exclusion])).toEqual([
      ['build', false],
      ['tmp', false],
      ['keep.txt', true],
    ]);
  });

  it('matches * and ? within a segment, and a directory with everything below it', () => {
    const paths = ['app.pyc', 'app.py', 'src/app.pyc', 'node_modules/x/index.js', 'a1.txt', 'ab1.txt'];
    expect(ignored('*.pyc\nnode_modules\n?1.txt', paths)).toEqual(['app.pyc', 'node_modules/x/index.js', 'a1.txt']);
  });

  it('** spans directories', () => {
    const paths = ['app.pyc', 'src/app.pyc', 'src/deep/x.pyc', 'src/x.py'];
    expect(ignored('**/*.pyc', paths)).toEqual(['app.pyc', 'src/app.pyc', 'src/deep/x.pyc']);
    expect(ignored('src/**', paths)).toEqual(['src/app.pyc', 'src/deep/x.pyc', 'src/x.py']);
  });

  it('! exceptions re-include, the last match wins', () => {
    const paths = ['README.md', 'CHANGES.md', 'docs/a.md', 'main.py'];
    expect(ignored('*.md\n!README.md', paths)).toEqual(['CHANGES.md']);
    expect(ignored('*.md\n!README.md\nREADME.md', paths)).toEqual(['README.md', 'CHANGES.md']);
    expect(ignored('*\n!main.py', paths)).toEqual(['README.md', 'CHANGES.md', 'docs/a.md']);
  });

  it('character classes', () => {
    expect(ignored('file[0-9].txt\n[!a]*.log', ['file1.txt', 'filex.txt', 'b.log', 'a.log'])).toEqual(['file1.txt', 'b.log']);
  });

  it('cleans paths like Go', () => {
    expect([cleanPath('./a//b/../c/'), cleanPath('/../x'), cleanPath('..'), cleanPath('.')]).toEqual(['a/c', '/x', '..', '.']);
  });
});
