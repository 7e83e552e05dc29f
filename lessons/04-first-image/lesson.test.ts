// Lesson 4's goals follow the seed's steps one at a time, and the challenge needs the whole loop
// again (edit, build, replace the container), not just a rebuild.
import { describe, expect, it } from 'vitest';
import type { World } from '../../src/engine';
import { checkLesson } from '../../src/lessons/checkGoals';
import { LESSON_TERMINAL, prepareLessonWorld } from '../../src/lessons/prepareLessonWorld';
import { runLines } from '../../src/lessons/runLines';
import { lesson } from './lesson';
import { BANGLA_GREETING, DOCKERFILE_LINES, GREETING, mainPyLines } from './projectFiles';

function met(world: World): string[] {
  return checkLesson(lesson, world).filter((s) => s.met).map((s) => s.id);
}

function missingOf(world: World, id: string): string | undefined {
  return checkLesson(lesson, world).find((s) => s.id === id)?.missing?.en;
}

const run = (world: World, lines: string[]) => runLines(world, LESSON_TERMINAL, lines).world;

describe('lesson 4 step by step', () => {
  it('ticks its goals in the seed\'s order', () => {
    let world = run(prepareLessonWorld(lesson), ['docker run hello-world']);
    expect(met(world)).toEqual(['hello-world-ran']);
    world = run(world, ['mkdir python_flask', 'cd python_flask', 'mkdir app', ...mainPyLines(GREETING)]);
    expect(missingOf(world, 'project-files')).toBe('app/requirements.txt does not list Flask yet.');
    world = run(world, ['echo Flask > app/requirements.txt', ...DOCKERFILE_LINES]);
    expect(met(world)).toEqual(['hello-world-ran', 'project-files']);
    world = run(world, ['docker build -t myapp .']);
    expect(met(world)).toEqual(['hello-world-ran', 'project-files', 'myapp-built']);
    expect(missingOf(world, 'app-answers')).toBe("Nothing answers on the host's port 80 yet.");
    world = run(world, ['docker run -d -p 80:5000 --name hello-flask myapp']);
    expect(met(world)).toEqual(['hello-world-ran', 'project-files', 'myapp-built', 'hello-flask-running', 'app-answers']);
    expect(missingOf(world, 'bangla-greeting')).toBe('The page on port 80 has no Bangla text yet.');
  });

  it('a rebuild alone leaves the old container serving the old page', () => {
    let world = run(prepareLessonWorld(lesson), lesson.solution.slice(0, lesson.solution.indexOf('curl localhost') + 1));
    world = run(world, [...mainPyLines(BANGLA_GREETING), 'docker build -t myapp .']);
    expect(missingOf(world, 'hello-flask-running')).toBe('hello-flask runs an older or other image — not the latest myapp.');
    expect(missingOf(world, 'bangla-greeting')).toBe('The page on port 80 has no Bangla text yet.');
    world = run(world, ['docker run -d -p 80:5000 --name hello-flask2 myapp']);
    expect(missingOf(world, 'bangla-greeting')).toBe('The page on port 80 has no Bangla text yet.');
    world = run(world, ['docker rm -f hello-flask', 'docker run -d -p 80:5000 --name hello-flask myapp']);
    expect(checkLesson(lesson, world).filter((s) => !s.met)).toEqual([]);
  });

  it('a Dockerfile without the pip step is not the lesson\'s image', () => {
    const lines = lesson.solution.slice(0, lesson.solution.indexOf('docker build -t myapp .')).filter((l) => !l.includes('pip install'));
    const world = run(prepareLessonWorld(lesson), [...lines, 'docker build -t myapp .']);
    expect(missingOf(world, 'myapp-built')).toBe("myapp's history has no RUN step with pip install.");
  });
});
