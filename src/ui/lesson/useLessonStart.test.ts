import { describe, expect, it } from 'vitest';
import { createWorld } from '../../engine';
import { runLines } from '../../lessons/runLines';
import { hasWorkToLose } from './useLessonStart';

describe('hasWorkToLose', () => {
  it('a fresh world has nothing to lose; a typed line, even a failing one, is work', () => {
    const world = createWorld({ profile: 'classic', seed: 42 });
    expect(hasWorkToLose(world)).toBe(false);
    expect(hasWorkToLose(runLines(world, 't1', ['docker swarm init']).world)).toBe(true);
  });
});
