// Completion after `docker`: global flags, commands and management groups, a group's
// subcommands, a subcommand's flags (from its CommandSpec), a flag's value, and positional
// arguments by what the command takes (containers, images, networks, volumes).
import type { World } from '../../engine/world';
import type { CommandSpec, FlagSpec } from '../cli/flagTypes';
import { ROOT_SPEC } from '../commands/docker/index';
import { GROUPS, findGroup } from '../commands/docker/helpGroups';
import { REGISTRY, findEntry } from '../commands/docker/registry';
import { containerNames, imageRefs, networkNames, volumeNames } from './objectNames';
import { nodeNames, serviceNames } from './swarmNames';

type ArgKind = 'running' | 'container' | 'paused' | 'image' | 'network' | 'volume' | 'service' | 'node' | 'none';

/**
 * What each positional takes, by the command's canonical path; the last kind repeats.
 * `start` and `rm` offer every container, commands that need a running one only those.
 */
const POSITIONALS: Record<string, ArgKind[]> = {
  'container attach': ['running', 'none'],
  'container diff': ['container', 'none'],
  'container exec': ['running', 'none'],
  'container inspect': ['container'],
  'container kill': ['running'],
  'container logs': ['container', 'none'],
  'container pause': ['running'],
  'container port': ['container', 'none'],
  'container rename': ['container', 'none'],
  'container restart': ['container'],
  'container rm': ['container'],
  'container start': ['container'],
  'container stats': ['running'],
  'container stop': ['running'],
  'container top': ['running', 'none'],
  'container unpause': ['paused'],
  'container wait': ['container'],
  'container run': ['image', 'none'],
  'container create': ['image', 'none'],
  'container commit': ['container', 'none'],
  'container export': ['container', 'none'],
  'container update': ['container'],
  'image history': ['image', 'none'],
  'image inspect': ['image'],
  'image rm': ['image'],
  'image tag': ['image', 'image', 'none'],
  'image push': ['image', 'none'],
  'image save': ['image'],
  inspect: ['container'],
  'network inspect': ['network'],
  'network rm': ['network'],
  'network connect': ['network', 'container', 'none'],
  'network disconnect': ['network', 'container', 'none'],
  'volume inspect': ['volume'],
  'volume rm': ['volume'],
  'service create': ['image', 'none'],
  'service inspect': ['service'],
  'service logs': ['service', 'none'],
  'service ps': ['service'],
  'service rm': ['service'],
  'service rollback': ['service', 'none'],
  'service update': ['service', 'none'],
  'node demote': ['node'],
  'node inspect': ['node'],
  'node promote': ['node'],
  'node ps': ['node'],
  'node rm': ['node'],
  'node update': ['node', 'none'],
};

/** Flags whose value names a daemon object. */
const FLAG_VALUES: Record<string, ArgKind> = {
  network: 'network',
  volume: 'volume',
  'volumes-from': 'container',
  link: 'container',
};

const VALUE_KINDS = new Set(['string', 'stringArray', 'int', 'duration', 'bytes', 'decimal', 'list']);

function takesValue(flag: FlagSpec): boolean {
  return VALUE_KINDS.has(flag.kind);
}

function findFlag(spec: CommandSpec, word: string): FlagSpec | undefined {
  if (word.startsWith('--')) {
    const name = word.slice(2).split('=')[0];
    return spec.flags.find((f) => f.long === name || f.aliases?.includes(name));
  }
  // -it / -p80: only the last letter of a cluster can take the next word.
  if (word.length === 2) return spec.flags.find((f) => f.short === word[1]);
  const last = spec.flags.find((f) => f.short === word[word.length - 1]);
  return last && !word.includes('=') ? last : undefined;
}

/** Splits words into positionals, noting whether the last word is a flag waiting for its value. */
function scan(spec: CommandSpec, words: string[]): { positionals: string[]; pending?: FlagSpec; afterStop: boolean } {
  const positionals: string[] = [];
  let pending: FlagSpec | undefined;
  let afterStop = false;
  for (const w of words) {
    if (pending) {
      pending = undefined;
      continue;
    }
    if (afterStop || w === '-' || !w.startsWith('-')) {
      positionals.push(w);
      if (spec.stopAtFirstPositional) afterStop = true;
      continue;
    }
    if (w === '--') {
      afterStop = true;
      continue;
    }
    const flag = findFlag(spec, w);
    // A short cluster with a value attached (-p80) or `--flag=value` needs nothing more.
    const attached = w.includes('=') || (!w.startsWith('--') && w.length > 2 && flag?.short !== w[w.length - 1]);
    if (flag && takesValue(flag) && !attached) pending = flag;
  }
  return { positionals, pending, afterStop };
}

function flagCandidates(spec: CommandSpec, current: string): string[] {
  const names: string[] = [];
  for (const f of spec.flags) {
    if (f.hidden) continue;
    names.push(`--${f.long}`);
    if (f.short) names.push(`-${f.short}`);
  }
  names.push('--help');
  return names.filter((n) => n.startsWith(current));
}

function objects(kind: ArgKind, world: World, host: string): string[] {
  switch (kind) {
    case 'running':
      return containerNames(world, host, 'running');
    case 'container':
      return containerNames(world, host, 'all');
    case 'paused':
      return containerNames(world, host, 'paused');
    case 'image':
      return imageRefs(world, host);
    case 'network':
      return networkNames(world, host);
    case 'volume':
      return volumeNames(world, host);
    case 'service':
      return serviceNames(world, host);
    case 'node':
      return nodeNames(world, host);
    case 'none':
      return [];
  }
}

function topLevelNames(): string[] {
  const names = new Set<string>();
  for (const e of REGISTRY) {
    if (!e.names[0].includes(' ')) names.add(e.names[0]);
  }
  for (const g of GROUPS) {
    const name = g.path.slice('docker '.length);
    if (REGISTRY.some((e) => e.names[0].startsWith(`${name} `))) names.add(name);
  }
  names.add('help');
  return [...names];
}

function groupSubcommands(group: string): string[] {
  return REGISTRY.filter((e) => e.names[0].startsWith(`${group} `)).map((e) => e.names[0].slice(group.length + 1));
}

/** A bind mount's host side (`-v /srv:/data`, `-v ./app:/app`) completes as a file path. */
const PATH_LIKE = /^[/.~]/;

/** Candidates for `current`, given the words after `docker` before it; 'paths' means file names. */
export function dockerCandidates(world: World, host: string, words: string[], current: string): string[] | 'paths' {
  const root = scan(ROOT_SPEC, words);
  if (root.pending) return [];
  const [first, second] = root.positionals;
  if (first === undefined) {
    if (current.startsWith('-')) return flagCandidates(ROOT_SPEC, current);
    return topLevelNames().filter((n) => n.startsWith(current));
  }
  const rest = words.slice(words.indexOf(first) + 1);
  const group = findGroup(first);
  let found = group ? undefined : findEntry(first);
  let argv = rest;
  if (group) {
    if (second === undefined) return groupSubcommands(first).filter((n) => n.startsWith(current));
    found = findEntry(`${first} ${second}`);
    argv = rest.slice(rest.indexOf(second) + 1);
  }
  if (first === 'help' && second === undefined) return topLevelNames().filter((n) => n.startsWith(current));
  if (!found) return [];
  const spec = found.entry.sub.spec;
  const { positionals, pending, afterStop } = scan(spec, argv);
  // `docker build PATH` and its `-f FILE` name files on the client's host.
  if (spec.path === 'docker image build' && (pending ? pending.long === 'file' : !current.startsWith('-'))) return 'paths';
  if (pending) {
    const kind = FLAG_VALUES[pending.long];
    if (kind === 'volume' && PATH_LIKE.test(current)) return 'paths';
    return kind ? objects(kind, world, host).filter((n) => n.startsWith(current)) : [];
  }
  if (current.startsWith('-') && !afterStop) return flagCandidates(spec, current);
  const kinds = POSITIONALS[spec.path.slice('docker '.length)] ?? ['none'];
  const kind = kinds[Math.min(positionals.length, kinds.length - 1)];
  return objects(kind, world, host).filter((n) => n.startsWith(current));
}
