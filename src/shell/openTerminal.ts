// Host tabs: a new terminal on a simulated machine, logged in like the first one.
import { Immer } from 'immer';
import { addHostTerminal } from '../engine/createWorld';
import type { World } from '../engine/world';

const immer = new Immer({ autoFreeze: false });

/** The lowest free `tN` id, so the same clicks give the same ids. */
function nextTerminalId(world: World): string {
  let n = 1;
  while (Object.hasOwn(world.terminals, `t${n}`)) n++;
  return `t${n}`;
}

export function openTerminal(world: World, host: string): { world: World; terminalId: string } {
  if (!world.hosts[host]) throw new Error(`no host ${host}`);
  const terminalId = nextTerminalId(world);
  return { world: immer.produce(world, (draft) => void addHostTerminal(draft, terminalId, host)), terminalId };
}
