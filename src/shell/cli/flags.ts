// The one flag parser of the docker CLI: reads argv against a CommandSpec the way spf13/pflag
// does under cobra, including its quirks (combined shorthands, `-p80:80`, bools that only take
// `=value`, interspersed positionals unless the command stops at the first one) and its error texts.
import type { CommandSpec, FlagSpec, FlagValue, ParsedArgs } from './flagTypes';
import { convertFlagValue, FlagValueError } from './flagValues';

/** A parse failure; `.message` is pflag's text, e.g. `unknown flag: --x`. */
export class FlagError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FlagError';
  }
}

interface Lookup {
  byLong: Map<string, FlagSpec>;
  byShort: Map<string, FlagSpec>;
}

function buildLookup(spec: CommandSpec): Lookup {
  const byLong = new Map<string, FlagSpec>();
  const byShort = new Map<string, FlagSpec>();
  for (const flag of spec.flags) {
    byLong.set(flag.long, flag);
    for (const alias of flag.aliases ?? []) byLong.set(alias, flag);
    if (flag.short) byShort.set(flag.short, flag);
  }
  return { byLong, byShort };
}

/** pflag names a flag in value errors as `-t, --time` when it has a shorthand, else `--cpus`. */
export function flagDisplayName(flag: FlagSpec): string {
  return flag.short ? `-${flag.short}, --${flag.long}` : `--${flag.long}`;
}

function setFlag(result: ParsedArgs, flag: FlagSpec, text: string): void {
  let value: FlagValue;
  try {
    value = convertFlagValue(flag.kind, text);
  } catch (e) {
    if (e instanceof FlagValueError) {
      throw new FlagError(`invalid argument ${JSON.stringify(text)} for ${JSON.stringify(flagDisplayName(flag))} flag: ${e.message}`);
    }
    throw e;
  }
  if (Array.isArray(value)) {
    const prev = result.flags[flag.long];
    result.flags[flag.long] = [...(Array.isArray(prev) ? prev : []), ...value];
  } else {
    result.flags[flag.long] = value;
  }
}

function parseLong(arg: string, rest: string[], lookup: Lookup, result: ParsedArgs): string[] {
  const body = arg.slice(2);
  if (body === '' || body.startsWith('-') || body.startsWith('=')) throw new FlagError(`bad flag syntax: ${arg}`);
  const eq = body.indexOf('=');
  const name = eq >= 0 ? body.slice(0, eq) : body;
  const flag = lookup.byLong.get(name);
  if (!flag) {
    if (name === 'help') {
      result.help = eq >= 0 ? convertHelp(body.slice(eq + 1)) : true;
      return rest;
    }
    throw new FlagError(`unknown flag: --${name}`);
  }
  if (eq >= 0) {
    setFlag(result, flag, body.slice(eq + 1));
    return rest;
  }
  if (flag.kind === 'bool') {
    setFlag(result, flag, 'true');
    return rest;
  }
  if (rest.length === 0) throw new FlagError(`flag needs an argument: --${name}`);
  setFlag(result, flag, rest[0]);
  return rest.slice(1);
}

function convertHelp(text: string): boolean {
  try {
    return convertFlagValue('bool', text) as boolean;
  } catch (e) {
    if (e instanceof FlagValueError) throw new FlagError(`invalid argument ${JSON.stringify(text)} for "-h, --help" flag: ${e.message}`);
    throw e;
  }
}

function parseShorts(arg: string, rest: string[], lookup: Lookup, result: ParsedArgs): string[] {
  let shorthands = arg.slice(1);
  let remaining = rest;
  while (shorthands.length > 0) {
    const c = shorthands[0];
    const flag = lookup.byShort.get(c);
    if (!flag) {
      if (c === 'h') {
        result.help = true;
        shorthands = shorthands.slice(1);
        continue;
      }
      throw new FlagError(`unknown shorthand flag: '${c}' in -${shorthands}`);
    }
    if (shorthands.length > 2 && shorthands[1] === '=') {
      setFlag(result, flag, shorthands.slice(2));
      shorthands = '';
    } else if (flag.kind === 'bool') {
      setFlag(result, flag, 'true');
      shorthands = shorthands.slice(1);
    } else if (shorthands.length > 1) {
      setFlag(result, flag, shorthands.slice(1));
      shorthands = '';
    } else if (remaining.length > 0) {
      setFlag(result, flag, remaining[0]);
      remaining = remaining.slice(1);
      shorthands = '';
    } else {
      throw new FlagError(`flag needs an argument: '${c}' in -${shorthands}`);
    }
  }
  return remaining;
}

/** Parse argv (the words after the command path) against the command's flags. */
export function parseFlags(spec: CommandSpec, argv: string[]): ParsedArgs {
  const lookup = buildLookup(spec);
  const result: ParsedArgs = { flags: {}, positionals: [], help: false };
  let args = argv;
  while (args.length > 0) {
    const arg = args[0];
    args = args.slice(1);
    if (arg.length < 2 || arg[0] !== '-') {
      result.positionals.push(arg);
      if (spec.stopAtFirstPositional) {
        result.positionals.push(...args);
        break;
      }
      continue;
    }
    if (arg === '--') {
      result.positionals.push(...args);
      break;
    }
    args = arg[1] === '-' ? parseLong(arg, args, lookup, result) : parseShorts(arg, args, lookup, result);
  }
  return result;
}
