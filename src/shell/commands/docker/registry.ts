// Every docker subcommand the simulator runs, by the words typed after `docker`. One entry per
// cobra command: `names[0]` is its name (the command path shown in errors), the rest its
// aliases in the same group. Legacy top-level forms (`docker ps`) are entries of their own,
// as they are separate cobra commands. To add a command: import it and append one entry.
import type { DockerSubcommand } from './subcommand';

export interface RegistryEntry {
  /** Words after `docker`: ['container ls', 'container list', 'container ps']. */
  names: string[];
  sub: DockerSubcommand;
  /** Runs without asking the daemon first (it reports a stopped daemon itself). */
  noDaemon?: boolean;
}

export const REGISTRY: RegistryEntry[] = [
  // system, images, volumes, networks (E1)
  // containers (E2)
];

/** The entry for the typed words, and the cobra path to show for it (`docker image ls`). */
export function findEntry(words: string): { entry: RegistryEntry; path: string } | undefined {
  for (const entry of REGISTRY) {
    if (entry.names.includes(words)) return { entry, path: `docker ${entry.names[0]}` };
  }
  return undefined;
}
