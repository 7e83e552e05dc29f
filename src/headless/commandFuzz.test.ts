// Property test: thousands of random and mutated command lines never throw, and the world's
// invariants hold after every one of them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../engine/createWorld';
import type { World } from '../engine/world';
import { interrupt, runLine } from '../shell';
import { checkInvariants } from './invariants';

const images = ['hello-world', 'busybox', 'alpine', 'ubuntu', 'nginx', 'redis', 'tutum/hello-world', 'nosuchimage', 'Ubuntu', 'ubuntu:nosuch'];
const names = ['web', 'db', 'c1', 'c2', 'cont_01', 'bad name', ''];
const ports = ['80', '80:80', '8080:80', '81:80', '127.0.0.1:80:80', '80-82:80-82', 'x:80', '70000:80', '80/udp'];

const word = fc.constantFrom(...names);
const image = fc.constantFrom(...images);
const runFlags = fc.array(
  fc.oneof(
    fc.constant('-d'), fc.constant('--rm'), fc.constant('-it'), fc.constant('-P'),
    word.map((n) => `--name ${n || '""'}`),
    fc.constantFrom(...ports).map((p) => `-p ${p}`),
    fc.constantFrom('always', 'no', 'on-failure:2', 'sometimes').map((r) => `--restart ${r}`),
    fc.constantFrom('bridge', 'host', 'none', 'nonet').map((n) => `--network ${n}`),
    fc.constantFrom('-e A=1', '-v data:/data', '-v ./rel:/x', '--memory 64m', '--cpus 0.5', '--bogus', '-Z'),
  ),
  { maxLength: 4 },
);
const cmdTail = fc.constantFrom('', 'sleep 1000', 'sh -c "exit 3"', 'echo hi', 'bash', 'ls /', 'nosuchcmd');

const dockerLine = fc.oneof(
  fc.tuple(runFlags, image, cmdTail).map(([f, i, c]) => `docker run ${f.join(' ')} ${i} ${c}`),
  fc.tuple(fc.constantFrom('start', 'stop', 'restart', 'kill', 'rm', 'rm -f', 'logs', 'inspect', 'top', 'port', 'diff', 'pause', 'unpause'), word).map(([c, n]) => `docker ${c} ${n}`),
  fc.constantFrom('docker ps', 'docker ps -a', 'docker ps -aq', 'docker images', 'docker ps --format "{{.Names}}"', 'docker ps --format "{{.Nope"', 'docker container prune -f', 'docker system prune -f', 'docker volume ls', 'docker network ls', 'docker info', 'docker version', 'exit', 'docker', 'docker foo', 'ls -la', 'cd /tmp', 'echo $?'),
  fc.tuple(image).map(([i]) => `docker pull ${i}`),
  fc.tuple(image).map(([i]) => `docker rmi ${i}`),
);

/** Mutations: drop, duplicate or replace a character, or splice random text in. */
const mutated = fc.tuple(dockerLine, fc.nat(), fc.string({ maxLength: 4 }), fc.constantFrom('drop', 'dup', 'insert', 'none')).map(([line, at, text, op]) => {
  const i = line.length ? at % line.length : 0;
  if (op === 'drop') return line.slice(0, i) + line.slice(i + 1);
  if (op === 'dup') return line.slice(0, i) + line[i] + line.slice(i);
  if (op === 'insert') return line.slice(0, i) + text + line.slice(i);
  return line;
});

const anyLine = fc.oneof({ weight: 6, arbitrary: dockerLine }, { weight: 3, arbitrary: mutated }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) });

function typeLine(world: World, line: string): World {
  let o = runLine(world, 't1', line);
  if (o.running) o = interrupt(o.world, 't1');
  return o.world;
}

describe('random command lines', () => {
  it('never throw and keep the world consistent (10,000 lines)', () => {
    let typed = 0;
    fc.assert(
      fc.property(fc.array(anyLine, { minLength: 50, maxLength: 50 }), fc.integer({ min: 1, max: 1_000_000 }), (lines, seed) => {
        let world = createWorld({ seed });
        for (const line of lines) {
          world = typeLine(world, line);
          typed++;
          const problems = checkInvariants(world);
          if (problems.length) throw new Error(`after ${JSON.stringify(line)}: ${problems.join('; ')}`);
        }
        // The world must stay plain JSON data.
        expect(JSON.parse(JSON.stringify(world))).toEqual(world);
      }),
      { numRuns: 200, seed: 42 },
    );
    expect(typed).toBe(10_000);
  }, 240_000);
});
