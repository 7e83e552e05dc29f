// docker-machine's (urfave/cli) argument handling: flags before the machine names, `default`
// when no name is given, errors logged to stderr with exit code 1.
import type { World } from '../../../engine/world';
import { getMachine } from '../../../engine/machines/machines';
import type { CommandContext } from '../../types';

export const NO_DEFAULT = 'Error: No machine name(s) specified and no "default" machine exists.';

export interface MachineArgs {
  flags: Record<string, string | true>;
  names: string[];
}

/** Splits `-y --driver virtualbox NAME` into flags and names; `valued` flags take the next word. */
export function splitArgs(args: string[], valued: string[] = []): MachineArgs {
  const flags: Record<string, string | true> = {};
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('-') && a !== '-' && names.length === 0) {
      const [key, inline] = a.replace(/^--?/, '').split('=', 2);
      if (inline !== undefined) flags[key] = inline;
      else if (valued.includes(key)) flags[key] = args[++i] ?? '';
      else flags[key] = true;
    } else names.push(a);
  }
  return { flags, names };
}

/** The machine an action targets: the first name, or `default`. */
export function targetName(world: World, names: string[]): string | undefined {
  if (names.length > 0) return names[0];
  return getMachine(world, 'default') ? 'default' : undefined;
}

export function fail(cx: CommandContext, message: string): number {
  cx.err(`${message}\n`);
  return 1;
}
