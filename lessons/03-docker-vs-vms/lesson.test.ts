// Lesson 3's challenge wants a real snapshot of a container, not a second name for busybox.
import { describe, expect, it } from 'vitest';
import type { World } from '../../src/engine';
import { checkLesson } from '../../src/lessons/checkGoals';
import { LESSON_TERMINAL, prepareLessonWorld } from '../../src/lessons/prepareLessonWorld';
import { runLines } from '../../src/lessons/runLines';
import { lesson } from './lesson';

const missingOf = (world: World, id: string) => checkLesson(lesson, world).find((s) => s.id === id)?.missing?.en;
const run = (world: World, lines: string[]) => runLines(world, LESSON_TERMINAL, lines).world;

describe('lesson 3 checks', () => {
  it('docker tag is not a snapshot; docker commit is', () => {
    let world = run(prepareLessonWorld(lesson), ['docker run -d --name quick busybox sleep 100000', 'docker tag busybox quick-snap']);
    expect(missingOf(world, 'quick-snapshot')).toBe('quick-snap is just another name for the busybox image — not a new image from a container.');
    world = run(world, ['docker rmi quick-snap', 'docker commit quick quick-snap']);
    expect(missingOf(world, 'quick-snapshot')).toBeUndefined();
  });

  it('counts running busybox containers towards twenty', () => {
    const world = run(prepareLessonWorld(lesson), ['for i in $(seq 1 5); do docker run -d busybox sleep 100000; done', 'docker run -d busybox true']);
    expect(missingOf(world, 'twenty-containers')).toBe('5 container(s) from busybox are running now; at least 20 are needed.');
  });
});
