import { describe, expect, it } from 'vitest';
import { createWorld } from '../../engine/createWorld';
import type { World } from '../../engine/world';
import { typeAll } from '../testing/shellHarness';
import { complete } from './complete';

function at(world: World, line: string) {
  return complete(world, 't1', line, line.length);
}

let cached: World | undefined;
// Two running containers, one stopped, two images, a volume.
function populated(): World {
  cached ??= typeAll(createWorld({ profile: 'classic' }), [
    'docker run -d --name web busybox sleep 1000',
    'docker run -d --name worker busybox sleep 1000',
    'docker run --name once hello-world',
    'docker volume create data',
    'mkdir -p work/src && touch work/notes.txt work/src/app.py .hidden',
  ]).world;
  return cached;
}

describe('complete: commands', () => {
  it('completes a command name on the host', () => {
    expect(at(createWorld(), 'doc')).toEqual({ start: 0, end: 3, candidates: ['docker', 'docker-machine'] });
    expect(at(createWorld(), 'echo hi; ec').candidates).toEqual(['echo']);
    expect(at(createWorld(), 'FOO=1 he').candidates).toEqual(['head', 'help']);
  });

  it('docker subcommands and management groups', () => {
    expect(at(createWorld(), 'docker ru')).toEqual({ start: 7, end: 9, candidates: ['run'] });
    expect(at(createWorld(), 'docker st').candidates).toEqual(['start', 'stats', 'stop']);
    expect(at(createWorld(), 'docker vol').candidates).toEqual(['volume']);
    expect(at(createWorld(), 'docker volume ').candidates).toEqual(['create', 'inspect', 'ls', 'prune', 'rm']);
    expect(at(createWorld(), 'docker -D network l').candidates).toEqual(['ls']);
  });

  it('flags from the subcommand spec, long and short', () => {
    expect(at(createWorld(), 'docker stop -').candidates).toEqual(['--help', '--signal', '--timeout', '-s', '-t']);
    expect(at(createWorld(), 'docker run --na').candidates).toEqual(['--name']);
    expect(at(createWorld(), 'docker --ver').candidates).toEqual(['--version']);
  });
});

describe('complete: docker objects', () => {
  it('running containers for stop and exec, all of them for start and rm', () => {
    const w = populated();
    expect(at(w, 'docker stop ').candidates).toEqual(['web', 'worker']);
    expect(at(w, 'docker exec -it w').candidates).toEqual(['web', 'worker']);
    expect(at(w, 'docker rm ').candidates).toEqual(['once', 'web', 'worker']);
    expect(at(w, 'docker container start o').candidates).toEqual(['once']);
    // After the container, exec's words are the command's own.
    expect(at(w, 'docker exec web ').candidates).toEqual([]);
  });

  it('image references for run, rmi, tag and history', () => {
    const w = populated();
    expect(at(w, 'docker run -d ').candidates).toEqual(['busybox:latest', 'hello-world:latest']);
    expect(at(w, 'docker run --name x -p 80:80 h').candidates).toEqual(['hello-world:latest']);
    expect(at(w, 'docker rmi b').candidates).toEqual(['busybox:latest']);
    expect(at(w, 'docker image history ').candidates).toEqual(['busybox:latest', 'hello-world:latest']);
  });

  it('network names for --network and network subcommands, volumes for -v', () => {
    const w = populated();
    expect(at(w, 'docker run --network ').candidates).toEqual(['bridge', 'host', 'none']);
    expect(at(w, 'docker network inspect b').candidates).toEqual(['bridge']);
    expect(at(w, 'docker run -v d').candidates).toEqual(['data']);
    expect(at(w, 'docker volume rm ').candidates).toEqual(['data']);
  });
});

describe('complete: docker-machine', () => {
  it('subcommands, then machine names', () => {
    const w = typeAll(createWorld({ profile: 'classic' }), ['docker-machine create --driver virtualbox node2', 'sleep 120']).world;
    expect(at(w, 'docker-machine s').candidates).toEqual(['ssh', 'start', 'status', 'stop']);
    expect(at(w, 'docker-machine ssh ').candidates).toEqual(['default', 'node2']);
    expect(at(w, 'docker-machine ip n').candidates).toEqual(['node2']);
    expect(at(w, 'docker-machine create ').candidates).toEqual([]);
  });
});

describe('complete: file paths', () => {
  it('lists entries of the directory typed, directories with a slash', () => {
    const w = populated();
    expect(at(w, 'cat work/')).toEqual({
      start: 4,
      end: 9,
      candidates: ['work/notes.txt', 'work/src/'],
      display: ['notes.txt', 'src/'],
    });
    expect(at(w, 'cat wo').candidates).toEqual(['work/']);
    expect(at(w, 'cat .h').candidates).toEqual(['.hidden']);
    expect(at(w, 'cd work/').candidates).toEqual(['work/src/']);
    expect(at(w, 'ls /et').candidates).toEqual(['/etc/']);
    expect(at(w, 'docker run -v ./wo').candidates).toEqual(['./work/']);
  });

  it('completes at the cursor, not at the end of the line', () => {
    const w = populated();
    expect(complete(w, 't1', 'docker ru busybox', 9)).toEqual({ start: 7, end: 9, candidates: ['run'] });
  });

  it('inside a container shell: its files and the commands on its PATH', () => {
    const w = typeAll(populated(), ['docker exec -it web sh']).world;
    expect(at(w, 'ls /bi').candidates).toEqual(['/bin/']);
    expect(at(w, 'whoa').candidates).toEqual(['whoami']);
  });
});
