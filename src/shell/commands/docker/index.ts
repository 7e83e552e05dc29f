// The `docker` command: global flags, help, finding the subcommand (top-level, management group
// or alias), then the shared flag parsing and arity checks cobra does before a command runs.
import { fillTemplate } from '../../../engine/profile/cliMessages';
import { FlagError, parseFlags } from '../../cli/flags';
import type { CommandSpec, ParsedArgs } from '../../cli/flagTypes';
import type { Command, CommandContext } from '../../types';
import { hasArgCountError, reportArgCountError, reportDaemonDown, reportDaemonError, reportFlagError } from './errors';
import { renderHelp, renderUsage, useLine } from './help';
import { findGroup } from './helpGroups';
import { findEntry, type RegistryEntry } from './registry';
import { withDockerHost } from '../dockerMachine/dockerHost';

const home = '/home/docker/.docker';

export const ROOT_SPEC: CommandSpec = {
  path: 'docker',
  usage: '[OPTIONS] COMMAND [ARG...]',
  description: 'A self-sufficient runtime for containers',
  stopAtFirstPositional: true,
  flags: [
    { long: 'config', kind: 'string', description: 'Location of client config files', defaultText: `"${home}"` },
    { long: 'context', short: 'c', kind: 'string', description: 'Name of the context to use to connect to the daemon' },
    { long: 'debug', short: 'D', kind: 'bool', description: 'Enable debug mode' },
    { long: 'host', short: 'H', kind: 'stringArray', valueName: 'list', description: 'Daemon socket to connect to' },
    { long: 'log-level', short: 'l', kind: 'string', description: 'Set the logging level', defaultText: '"info"' },
    { long: 'tls', kind: 'bool', description: 'Use TLS; implied by --tlsverify' },
    { long: 'tlscacert', kind: 'string', description: 'Trust certs signed only by this CA' },
    { long: 'tlscert', kind: 'string', description: 'Path to TLS certificate file' },
    { long: 'tlskey', kind: 'string', description: 'Path to TLS key file' },
    { long: 'tlsverify', kind: 'bool', description: 'Use TLS and verify the remote' },
    { long: 'version', short: 'v', kind: 'bool', description: 'Print version information and quit' },
  ],
};

function topLevelUsage(cx: CommandContext): string {
  return cx.profile.cli.topLevelHelp;
}

function rootFlagError(cx: CommandContext, err: FlagError): number {
  const m = cx.profile.cli;
  let text = fillTemplate(m.flagError, { err: err.message, path: 'docker', use: useLine(ROOT_SPEC) });
  if (m.flagErrorGroupSuffix) text += fillTemplate(m.flagErrorGroupSuffix, { usage: topLevelUsage(cx).replace(/\n+$/, '') });
  cx.err(`${text}\n`);
  return 125;
}

/** A management group typed without a subcommand (or with only flags). */
function runGroup(cx: CommandContext, group: CommandSpec, argv: string[]): number {
  let parsed: ParsedArgs;
  try {
    parsed = parseFlags(group, argv);
  } catch (e) {
    if (e instanceof FlagError) return reportFlagError(cx, group, e);
    throw e;
  }
  const help = renderHelp(group, cx.profile);
  // cobra's ShowHelp sends a bare group's usage to stderr; `--help` goes to stdout.
  if (parsed.help) cx.out(help);
  else cx.err(help);
  return 0;
}

function unknownSubcommand(cx: CommandContext, group: CommandSpec, name: string): number {
  const text = fillTemplate(cx.profile.cli.unknownSubcommand, {
    path: group.path,
    name,
    use: useLine(group),
    usage: renderUsage(group, cx.profile).replace(/\n+$/, ''),
  });
  cx.err(`${text}\n`);
  return 1;
}

function unknownCommand(cx: CommandContext, name: string): number {
  cx.err(`${fillTemplate(cx.profile.cli.unknownCommand, { name })}\n`);
  return 1;
}

interface Resolved {
  entry: RegistryEntry;
  spec: CommandSpec;
  argv: string[];
}

/** Find the subcommand for the words after the global flags; prints and returns an exit code when there is none. */
function resolve(cx: CommandContext, words: string[]): Resolved | number {
  const [first, ...rest] = words;
  const group = findGroup(first);
  let found: ReturnType<typeof findEntry>;
  let argv: string[];
  if (group) {
    const sub = rest[0];
    if (sub === undefined || sub.startsWith('-')) return runGroup(cx, group, rest);
    found = findEntry(`${first} ${sub}`);
    if (!found) return unknownSubcommand(cx, group, sub);
    argv = rest.slice(1);
  } else {
    found = findEntry(first);
    if (!found) return unknownCommand(cx, first);
    argv = rest;
  }
  const own = found.entry.sub.currentSpec && cx.profile.name !== 'classic' ? found.entry.sub.currentSpec : undefined;
  const base = own ?? found.entry.sub.spec;
  // A plugin's command keeps its own path whatever the student typed (`docker buildx build`).
  const spec = own || base.path === found.path ? base : { ...base, path: found.path };
  return { entry: found.entry, spec, argv };
}

/** `docker help [COMMAND…]`. */
function runHelp(cx: CommandContext, words: string[]): number {
  if (words.length === 0) {
    cx.out(`\n${topLevelUsage(cx)}`);
    return 0;
  }
  const group = findGroup(words[0]);
  if (group && words.length === 1) {
    cx.out(renderHelp(group, cx.profile));
    return 0;
  }
  const found = group ? findEntry(`${words[0]} ${words[1]}`) : findEntry(words[0]);
  const extra = group ? words.slice(2) : words.slice(1);
  if (!found || extra.length > 0) {
    cx.err(`unknown help topic: ${(found ? extra : words).join(' ')}\n`);
    return 1;
  }
  cx.out(renderHelp({ ...found.entry.sub.spec, path: found.path }, cx.profile, found.entry.sub.spec.path));
  return 0;
}

function runDocker(cx: CommandContext, args: string[]): number {
  let global: ParsedArgs;
  try {
    global = parseFlags(ROOT_SPEC, args);
  } catch (e) {
    if (e instanceof FlagError) return rootFlagError(cx, e);
    throw e;
  }
  if (global.flags.version === true) {
    cx.out(`Docker version ${cx.profile.version}, build ${cx.profile.gitCommit}\n`);
    return 0;
  }
  const words = global.positionals;
  if (words.length === 0) {
    if (global.help) cx.out(`\n${topLevelUsage(cx)}`);
    else cx.err(`\n${topLevelUsage(cx)}`);
    return 0;
  }
  if (words[0] === 'help') return runHelp(cx, words.slice(1));
  const resolved = resolve(cx, words);
  if (typeof resolved === 'number') return resolved;
  const { entry, spec, argv } = resolved;
  let parsed: ParsedArgs;
  try {
    parsed = parseFlags(spec, argv);
  } catch (e) {
    if (e instanceof FlagError) return reportFlagError(cx, spec, e);
    throw e;
  }
  if (parsed.help) {
    cx.out(renderHelp(spec, cx.profile, entry.sub.spec.path));
    return 0;
  }
  if (hasArgCountError(spec, parsed.positionals.length)) return reportArgCountError(cx, spec);
  if (!entry.noDaemon && !cx.ctx.world.hosts[cx.host]?.daemon.running) return reportDaemonDown(cx);
  return entry.sub.run(cx, parsed, spec);
}

export const dockerCommand: Command = {
  name: 'docker',
  summary: 'Docker command-line client',
  run(cx, args) {
    try {
      return runDocker(withDockerHost(cx), args);
    } catch (e) {
      // A bug in a subcommand must not take the shell down; show it the way the CLI shows errors.
      return reportDaemonError(cx, e);
    }
  },
};
