import { describe, expect, it } from 'vitest';
import { createWorld } from '../engine/createWorld';
import { getPrompt, runLine } from './index';
import { openTerminal } from './openTerminal';

describe('openTerminal', () => {
  it('opens a login shell on the host with its own history, leaving the world otherwise as it was', () => {
    const world = runLine(createWorld(), 't1', 'echo one').world;
    const { world: next, terminalId } = openTerminal(world, 'default');
    expect(terminalId).toBe('t2');
    expect(next.terminals.t2).toEqual({ ...world.terminals.t1, id: 't2', history: [] });
    expect(next.terminals.t1).toBe(world.terminals.t1);
    expect(getPrompt(next, 't2')).toBe('docker@default:~$ ');
    const after = runLine(next, 't2', 'echo two').world;
    expect(after.terminals.t2.history).toEqual(['echo two']);
    expect(after.terminals.t1.history).toEqual(['echo one']);
  });

  it('refuses a host that does not exist', () => {
    expect(() => openTerminal(createWorld(), 'node9')).toThrow('no host node9');
  });
});
