// The images' docker-entrypoint.sh handing over to what the student asked for, end to end through
// `docker run` in both eras: shell utilities and package managers through the script runner,
// node's "is it a command?" rule, the scripts' own `exec: X: not found`, and the interpreters'
// version flags and `python -m`.
import { describe, expect, it } from 'vitest';
import type { ProfileName, World } from '../engine/world';
import './index';
import { createWorld } from '../engine/createWorld';
import { type } from './testing/shellHarness';

function session(profile: ProfileName, pulls: string[]): World {
  let w = createWorld({ profile });
  for (const image of pulls) w = type(w, `docker pull ${image}`).world;
  return w;
}

describe('docker-entrypoint.sh hands over (current)', () => {
  const w = session('current', ['node', 'python:3.12-slim', 'postgres', 'redis', 'nginx']);

  it('runs a utility of the image: node ls /', () => {
    const r = type(w, 'docker run --rm node ls /usr/local/bin');
    expect(r.all).toBe('docker-entrypoint.sh\nnode\nnodejs\nnpm\nnpx\nyarn\n');
    expect(r.exitCode).toBe(0);
  });

  it('runs npm and node with their version flags', () => {
    expect(type(w, 'docker run --rm node npm -v').all).toBe('11.6.2\n');
    expect(type(w, 'docker run --rm node node -v').all).toBe('v25.2.1\n');
    // An option goes to node: `set -- node "$@"`.
    expect(type(w, 'docker run --rm node --version').all).toBe('v25.2.1\n');
  });

  it('takes a name that is no command as node\'s script', () => {
    const r = type(w, 'docker run --rm node app.js');
    expect(r.stderr.split('\n')[4]).toBe("Error: Cannot find module '/app.js'");
    expect(r.exitCode).toBe(1);
  });

  it("reports a missing command in the script's own shell", () => {
    const pg = type(w, 'docker run --rm postgres psq');
    expect(pg.all).toBe('/usr/local/bin/docker-entrypoint.sh: line 377: exec: psq: not found\n');
    expect(pg.exitCode).toBe(127);
    expect(type(w, 'docker run --rm redis foo').all).toBe('/usr/local/bin/docker-entrypoint.sh: 59: exec: foo: not found\n');
    expect(type(w, 'docker run --rm nginx foo').all).toBe('/docker-entrypoint.sh: 47: exec: foo: not found\n');
  });

  it('runs echo in postgres as root without starting the server', () => {
    expect(type(w, 'docker run --rm postgres echo hi').all).toBe('hi\n');
  });

  it('answers python -V, python -m pip and an unknown module', () => {
    expect(type(w, 'docker run --rm python:3.12-slim python -V').all).toBe('Python 3.12.12\n');
    expect(type(w, 'docker run --rm python:3.12-slim python3 --version').all).toBe('Python 3.12.12\n');
    expect(type(w, 'docker run --rm python:3.12-slim python -m pip --version').all).toBe('pip 25.0.1 from /usr/local/lib/python3.12/site-packages/pip (python 3.12)\n');
    const r = type(w, 'docker run --rm python:3.12-slim python -m flaskk');
    expect(r.all).toBe('/usr/local/bin/python: No module named flaskk\n');
    expect(r.exitCode).toBe(1);
  });
});

describe('classic images (2018)', () => {
  const w = session('classic', ['node', 'python:3.6.4-slim', 'postgres']);

  it('node 10 has no entrypoint: utilities run directly', () => {
    expect(type(w, 'docker run --rm node node -v').all).toBe('v10.1.0\n');
    expect(type(w, 'docker run --rm node npm -v').all).toBe('5.6.0\n');
  });

  it('postgres 10 words a missing command at line 145', () => {
    expect(type(w, 'docker run --rm postgres psq').all).toBe('/usr/local/bin/docker-entrypoint.sh: line 145: exec: psq: not found\n');
  });

  it('python 3.6: -V and -m pip', () => {
    expect(type(w, 'docker run --rm python:3.6.4-slim python -V').all).toBe('Python 3.6.4\n');
    expect(type(w, 'docker run --rm python:3.6.4-slim python -m pip --version').all).toBe('pip 9.0.3 from /usr/local/lib/python3.6/site-packages (python 3.6)\n');
  });
});
