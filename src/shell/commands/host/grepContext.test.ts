import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../engine/createWorld';
import { type } from '../../testing/shellHarness';

describe('grep -A/-B/-C', () => {
  const world = type(createWorld({ profile: 'current' }), 'printf "a\\nb\\nSwarm: x\\nc\\nd\\ne\\nf\\nSwarm: y\\ng\\n" > f').world;
  it('prints context lines, "--" between groups, "-" where a match has ":"', () => {
    expect(type(world, 'grep -A1 Swarm f').stdout).toBe('Swarm: x\nc\n--\nSwarm: y\ng\n');
    expect(type(world, 'grep -B1 -n Swarm f').stdout).toBe('2-b\n3:Swarm: x\n--\n7-f\n8:Swarm: y\n');
    expect(type(world, 'grep -C2 Swarm f').stdout).toBe('a\nb\nSwarm: x\nc\nd\ne\nf\nSwarm: y\ng\n');
  });
  it('refuses a context length that is not a number', () => {
    const r = type(world, 'grep -A x Swarm f');
    expect([r.stderr, r.exitCode]).toEqual(['grep: x: invalid context length argument\n', 2]);
  });
});
