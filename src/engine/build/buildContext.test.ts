import { describe, expect, it } from 'vitest';
import { createWorld } from '../createWorld';
import { hostVfs } from '../fs/hostVfs';
import { isContextProblem, readBuildContext, type BuildContext } from './buildContext';
import { ignoreRules } from './parserApi';

function world(files: Record<string, string>) {
  const w = createWorld({ profile: 'classic' });
  const vfs = hostVfs(w, 'default');
  for (const [path, text] of Object.entries(files)) {
    vfs.mkdir(path.slice(0, path.lastIndexOf('/')), { parents: true });
    vfs.writeFile(path, text);
  }
  return w;
}

const read = (w: ReturnType<typeof world>, dir = '/home/docker/p', file = '/home/docker/p/Dockerfile') => readBuildContext(w, 'default', dir, file, ignoreRules);

describe('readBuildContext', () => {
  it('sends what .dockerignore leaves, always with the Dockerfile and .dockerignore, and sizes the tar', () => {
    const w = world({
      '/home/docker/p/Dockerfile': 'FROM busybox\n',
      '/home/docker/p/.dockerignore': 'Dockerfile\n*.log\nnode_modules\n!keep.log\n',
      '/home/docker/p/a.log': 'x',
      '/home/docker/p/keep.log': 'k',
      '/home/docker/p/node_modules/m/index.js': 'module.exports = 1\n',
      '/home/docker/p/src/app.py': 'print(1)\n',
    });
    const ctx = read(w) as BuildContext;
    expect(Object.keys(ctx.root.c).sort()).toEqual(['.dockerignore', 'Dockerfile', 'keep.log', 'src']);
    // .dockerignore, Dockerfile, keep.log: 1024 each; src/: 512; src/app.py: 1024; end: 1024.
    expect(ctx.size).toBe(5 * 1024 + 512);
    expect(ctx.dockerfileText).toBe('FROM busybox\n');
    expect(ctx.dockerfileName).toBe('Dockerfile');
  });

  it('names what is missing as EvalSymlinks does', () => {
    const w = world({ '/home/docker/p/x': '' });
    expect(read(w, '/home/docker/nope/sub', '/home/docker/nope/sub/Dockerfile')).toEqual({ kind: 'contextMissing', lstat: '/home/docker/nope' });
    expect(read(w)).toEqual({ kind: 'dockerfileMissing', lstat: '/home/docker/p/Dockerfile' });
    expect(read(w, '/home/docker/p/x')).toEqual({ kind: 'contextNotDir', path: '/home/docker/p/x' });
    expect(isContextProblem(read(w))).toBe(true);
  });
});
