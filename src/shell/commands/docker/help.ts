// Help pages rendered from command specs, as docker/cli's cobra usage template lays them out:
// one renderer for every command and group; the era differences come from the profile.
import type { Profile } from '../../../engine/profile';
import type { CommandSpec } from '../../cli/flagTypes';
import { renderFlagUsages } from '../../cli/flagUsages';

/** `docker run [OPTIONS] IMAGE [COMMAND] [ARG...]`; groups read `docker network COMMAND`. */
export function useLine(spec: CommandSpec): string {
  if (spec.subcommands && spec.subcommands.length > 0) {
    const options = spec.flags.some((f) => !f.hidden) ? ' [OPTIONS]' : '';
    return `${spec.path}${options} COMMAND`;
  }
  return spec.usage ? `${spec.path} ${spec.usage}` : spec.path;
}

export function describe(spec: CommandSpec, profile: Profile): string {
  return profile.name === 'classic' && spec.classicDescription ? spec.classicDescription : spec.description;
}

function lastWord(path: string): string {
  return path.slice(path.lastIndexOf(' ') + 1);
}

function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf(' '));
}

/** The Aliases line: full paths since CLI 20.10, cobra's `name, alias…` within one parent in 18.03. */
function aliasesLine(spec: CommandSpec, profile: Profile, canonicalPath: string): string {
  if (spec.aliasesText) return spec.aliasesText;
  const aliases = spec.aliases ?? [];
  if (aliases.length === 0) return '';
  if (profile.cli.aliasStyle === 'paths') return [canonicalPath, ...aliases].join(', ');
  // 18.03: a legacy top-level command (`docker ps`) was a separate cobra command without aliases.
  if (spec.path !== canonicalPath) return '';
  const siblings = aliases.filter((a) => parentOf(a) === parentOf(spec.path)).map(lastWord);
  return siblings.length > 0 ? [lastWord(spec.path), ...siblings].join(', ') : '';
}

/** cobra's NamePadding: at least 11, else the longest sibling name. */
function namePadding(names: string[]): number {
  return Math.max(11, ...names.map((n) => n.length));
}

/**
 * The usage text (what `--help` prints after its leading blank line), ending in a newline.
 * `canonicalPath` is the command's own path when it was typed under another (`docker ps`).
 */
export function renderUsage(spec: CommandSpec, profile: Profile, canonicalPath = spec.path): string {
  let out = `${profile.cli.helpUsagePrefix}${useLine(spec)}\n\n${describe(spec, profile)}\n`;
  const aliases = aliasesLine(spec, profile, canonicalPath);
  if (aliases) out += `\nAliases:\n  ${aliases}\n`;
  const rows = renderFlagUsages(spec.flags);
  if (rows) out += `\nOptions:\n${rows}`;
  const subs = spec.subcommands ?? [];
  if (subs.length > 0) {
    const pad = namePadding(subs.map((s) => s.name));
    out += '\nCommands:\n';
    for (const sub of subs) out += `  ${sub.name.padEnd(pad)} ${sub.description}\n`;
    out += `\nRun '${spec.path} COMMAND --help' for more information on a command.\n`;
  }
  return out;
}

/** `docker COMMAND --help`. */
export function renderHelp(spec: CommandSpec, profile: Profile, canonicalPath = spec.path): string {
  return `\n${renderUsage(spec, profile, canonicalPath)}`;
}
