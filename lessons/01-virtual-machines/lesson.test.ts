// Lesson 1's goals follow the machines' power state: a VM being created or stopped is not running,
// and its containers stop with it.
import { describe, expect, it } from 'vitest';
import type { World } from '../../src/engine';
import { checkLesson } from '../../src/lessons/checkGoals';
import { LESSON_TERMINAL, prepareLessonWorld } from '../../src/lessons/prepareLessonWorld';
import { runLines } from '../../src/lessons/runLines';
import { lesson } from './lesson';

const missingOf = (world: World, id: string) => checkLesson(lesson, world).find((s) => s.id === id)?.missing?.en;
const run = (world: World, lines: string[]) => runLines(world, LESSON_TERMINAL, lines).world;

describe('lesson 1 checks', () => {
  it('stopping vm1 undoes the goals that need it running', () => {
    let world = run(prepareLessonWorld(lesson), lesson.solution);
    expect(checkLesson(lesson, world).filter((s) => !s.met)).toEqual([]);
    world = run(world, ['docker-machine stop vm1']);
    expect(missingOf(world, 'vm1-running')).toBe('vm1 exists but is not running (still booting, or stopped).');
    expect(missingOf(world, 'web-on-vm1')).toBe('vm1 exists but is not running (still booting, or stopped).');
    world = run(world, ['docker-machine start vm1']);
    expect(missingOf(world, 'guest-in-vm1')).toBe("No container is running on vm1's Docker now.");
    expect(missingOf(world, 'web-on-vm1')).toBe('Nothing answers at http://192.168.99.101:8080/ yet.');
  });
});
