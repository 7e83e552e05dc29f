// Lesson 7's goals stage by stage: each holds only while its stage stands, says what is missing
// before it, and the clean-up goal needs a swarm that really ran here.
import { describe, expect, it } from 'vitest';
import type { World } from '../../src/engine';
import { checkLesson } from '../../src/lessons/checkGoals';
import { LESSON_TERMINAL, prepareLessonWorld } from '../../src/lessons/prepareLessonWorld';
import { runLines } from '../../src/lessons/runLines';
import { lesson } from './lesson';

const met = (world: World) => checkLesson(lesson, world).filter((s) => s.met).map((s) => s.id);
const missingOf = (world: World, id: string) => checkLesson(lesson, world).find((s) => s.id === id)?.missing?.en;
const run = (world: World, lines: string[]) => runLines(world, LESSON_TERMINAL, lines).world;

describe('lesson 7 stage by stage', () => {
  it('ticks the seed\'s stages in order, each while it stands', () => {
    let world = run(prepareLessonWorld(lesson), ['docker swarm init']);
    expect(missingOf(world, 'swarm-leader')).toBe('This machine is in no swarm yet (docker info says Swarm: inactive).');
    expect(missingOf(world, 'cleaned-up')).toBe('This machine has no tutum/hello-world image — the service never ran here.');
    world = run(world, ['docker swarm init --advertise-addr 192.168.99.100']);
    expect(met(world)).toEqual(['swarm-leader']);
    expect(missingOf(world, 'hello-swarm-answers')).toBe('The swarm has no service named hello-swarm.');
    world = run(world, ['docker service create -p 82:80 --name hello-swarm tutum/hello-world']);
    expect(met(world)).toEqual(['swarm-leader', 'hello-swarm-answers']);
    expect(missingOf(world, 'five-replicas')).toBe("hello-swarm's replica count is 1 now, not 5.");
    world = run(world, ['docker service scale hello-swarm=5']);
    expect(met(world)).toEqual(['swarm-leader', 'hello-swarm-answers', 'five-replicas']);
    world = run(world, ['docker container stop $(docker container ls -q --filter name=hello-swarm.3)']);
    expect(missingOf(world, 'healed-slot')).toBe("Slot 3's task has ended, but no new task runs in its place yet — wait a few seconds.");
    expect(missingOf(world, 'five-replicas')).toBe('4 of the 5 tasks run now — wait a moment.');
    world = run(world, ['sleep 10']);
    expect(met(world)).toEqual(['swarm-leader', 'hello-swarm-answers', 'five-replicas', 'healed-slot']);
    world = run(world, ['docker service scale hello-swarm=3']);
    expect(met(world)).toEqual(['swarm-leader', 'hello-swarm-answers', 'healed-slot', 'scaled-to-three']);
    world = run(world, ['docker service rm hello-swarm']);
    expect(missingOf(world, 'cleaned-up')).toBe('The service is gone, but the machine is still in the swarm.');
    world = run(world, ['docker swarm leave --force']);
    expect(met(world)).toEqual(['cleaned-up']);
  });

  it('scaled-to-three wants a service brought down, and the challenge a second service made with 3 replicas', () => {
    let world = run(prepareLessonWorld(lesson), [
      'docker swarm init --advertise-addr 192.168.99.100',
      'docker service create -p 82:80 --name hello-swarm --replicas 3 tutum/hello-world',
    ]);
    expect(missingOf(world, 'scaled-to-three')).toBe('hello-swarm is at 3, but was not brought down from more — scale it up to 5 first.');
    world = run(world, ['docker service create --name other -p 8080:80 tutum/hello-world', 'docker service scale other=3']);
    expect(missingOf(world, 'second-service-8080')).toBe('other must be created with 3 replicas from the start (not scaled later).');
    world = run(world, ['docker service rm other', 'docker service create --name other --replicas 3 -p 8080:80 tutum/hello-world']);
    expect(met(world)).toContain('second-service-8080');
  });
});
