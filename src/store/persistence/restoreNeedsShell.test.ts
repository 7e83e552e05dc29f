import { describe, expect, it } from 'vitest';
import * as shell from '../../shell';
import { createWorld } from '../../engine/createWorld';
import { createHost } from '../../engine/host/createHost';
import type { World } from '../../engine/world';
import { fakeStorage } from './fakeStorage';
import { STORAGE_KEY } from './sessionSchema';
import { restoreNeedsShell } from './restoreNeedsShell';

function stored(world: World | null, text?: string) {
  const storage = fakeStorage();
  if (text !== undefined) storage.setItem(STORAGE_KEY, text);
  else if (world) storage.setItem(STORAGE_KEY, JSON.stringify({ world, terminalId: 't1' }));
  return storage;
}

describe('restoreNeedsShell', () => {
  it('is false with nothing stored, unreadable JSON, or a session at a host prompt', () => {
    expect(restoreNeedsShell(stored(null))).toBe(false);
    expect(restoreNeedsShell(stored(null, '{"world":'))).toBe(false);
    expect(restoreNeedsShell(stored(shell.runLine(createWorld(), 't1', 'cd /tmp').world))).toBe(false);
  });

  it('is true in a container shell, with a job running, with a second machine, or for an odd shape', () => {
    let world = shell.runLine(createWorld(), 't1', 'docker run -it busybox sh').world;
    while (world.terminals.t1.job) world = shell.advance(world, 't1', 1000).world;
    expect(restoreNeedsShell(stored(world))).toBe(true);
    expect(restoreNeedsShell(stored(shell.runLine(createWorld(), 't1', 'sleep 100').world))).toBe(true);
    const twoHosts = createWorld();
    createHost({ world: twoHosts, events: [] }, { name: 'node2', ip: '192.168.99.101' });
    expect(restoreNeedsShell(stored(twoHosts))).toBe(true);
    expect(restoreNeedsShell(stored(null, '{"world":{}}'))).toBe(true);
  });
});
