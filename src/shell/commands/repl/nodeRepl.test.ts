import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../engine/createWorld';
import { type } from '../../testing/shellHarness';

describe('the Node.js REPL of docker run -it node', () => {
  it('welcomes (Node 12+), says honestly it does not evaluate, and leaves with .exit', () => {
    const start = type(createWorld({ profile: 'current' }), 'docker run -it node');
    expect(start.stdout.endsWith('Welcome to Node.js v25.2.1.\nType ".help" for more information.\n')).toBe(true);
    expect(start.prompt).toBe('> ');
    const line = type(start.world, '1+1');
    expect([line.stdout, line.stderr, line.prompt]).toEqual([
      '',
      "pathshala: this simulator's Node.js REPL does not evaluate input; write it in a file and run it with node FILE (.exit leaves)\n",
      '> ',
    ]);
    expect(type(line.world, '.exit').prompt).toBe('docker@default:~$ ');
  });

  it('Node 10 (2018) printed no welcome', () => {
    const start = type(createWorld({ profile: 'classic' }), 'docker run -it node');
    expect(start.stdout).not.toContain('Welcome');
    expect(start.prompt).toBe('> ');
  });
});
