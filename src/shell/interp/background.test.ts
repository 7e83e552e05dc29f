import { describe, expect, it } from 'vitest';
import { createWorld } from '../../engine/createWorld';
import { type } from '../testing/shellHarness';

describe('an editor started with &', () => {
  it('stops at once: bash reports Stopped at the next prompt, once, and the job keeps its number', () => {
    let r = type(createWorld({ profile: 'current' }), 'nano f &');
    expect(r.running).toBe(false);
    expect(r.stderr).toMatch(/^\[1\] \d+\n$/);
    r = type(r.world, 'echo hi');
    expect(r.all).toBe('hi\n[1]+  Stopped                 nano f\n');
    r = type(r.world, 'true');
    expect(r.all).toBe('');
    expect(type(r.world, 'vi g &').stderr).toMatch(/^\[2\] \d+\n$/);
  });
});
