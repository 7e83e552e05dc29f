// Completion after `docker-machine`: its subcommands, then machine names (create takes a new one).
import { listMachines } from '../../engine/machines/machines';
import type { World } from '../../engine/world';
import { MACHINE_SUBCOMMANDS } from '../commands/dockerMachine/index';

export function machineCandidates(world: World, words: string[], current: string): string[] {
  const positionals = words.filter((w) => !w.startsWith('-'));
  if (positionals.length === 0) return current.startsWith('-') ? [] : MACHINE_SUBCOMMANDS.filter((n) => n.startsWith(current));
  if (positionals[0] === 'create' || current.startsWith('-')) return [];
  // ssh takes one machine and then a command; the others take machine names only.
  if (positionals[0] === 'ssh' && positionals.length > 1) return [];
  return listMachines(world)
    .map((h) => h.name)
    .filter((n) => n.startsWith(current));
}
