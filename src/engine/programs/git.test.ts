import { describe, expect, it } from 'vitest';
import { createWorld } from '../createWorld';
import { runProgram } from './fakeProgramApi';
import { git } from './git';

describe('git (alpine/git)', () => {
  it('prints its version per era', () => {
    expect(runProgram(git, ['git', '--version'], { profile: 'classic' }).stdout).toBe('git version 2.15.2\n');
    expect(runProgram(git, ['git', '--version'], { profile: 'current' }).stdout).toBe('git version 2.49.1\n');
  });

  it('cannot resolve github.com without a network to reach it', () => {
    const r = runProgram(git, ['git', 'clone', 'https://github.com/docker/getting-started-app.git'], { profile: 'current', world: createWorld({ profile: 'current' }) });
    expect([r.stderr, r.exitCode]).toEqual([
      "Cloning into 'getting-started-app'...\nfatal: unable to access 'https://github.com/docker/getting-started-app.git/': Could not resolve host: github.com\n",
      128,
    ]);
    expect(r.files['/git/getting-started-app/package.json']).toBeUndefined();
  });

  it('says a directory without .git is not a repository', () => {
    const r = runProgram(git, ['git', 'status']);
    expect([r.stderr, r.exitCode]).toEqual(['fatal: not a git repository (or any of the parent directories): .git\n', 128]);
  });
});
