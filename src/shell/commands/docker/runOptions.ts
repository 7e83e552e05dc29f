// Maps the parsed `docker run`/`docker create` flags onto the ContainerSpec the daemon gets.
// Values stay as typed; the daemon validates them and answers with Docker's messages.
import type { ContainerSpec } from '../../../engine/containers/containerSpec';
import type { FlagValue, ParsedArgs } from '../../cli/flagTypes';

function str(v: FlagValue | undefined): string | undefined {
  if (v === undefined || typeof v === 'boolean') return undefined;
  if (Array.isArray(v)) return v[v.length - 1];
  return String(v);
}

function list(v: FlagValue | undefined): string[] {
  if (v === undefined || typeof v === 'boolean') return [];
  return Array.isArray(v) ? [...v] : [String(v)];
}

function bool(v: FlagValue | undefined): boolean {
  return v === true || v === 'true';
}

function num(v: FlagValue | undefined): number | undefined {
  if (typeof v === 'number') return v;
  const s = str(v);
  return s === undefined ? undefined : Number(s);
}

/** `-l a=b` and `-l a` (empty value), as docker/cli's ConvertKVStringsToMap does. */
function labelMap(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const i = v.indexOf('=');
    if (i < 0) out[v] = '';
    else out[v.slice(0, i)] = v.slice(i + 1);
  }
  return out;
}

/** positionals: IMAGE [COMMAND] [ARG...] (the parser stops at the first positional). */
export function toContainerSpec(parsed: ParsedArgs): ContainerSpec {
  const f = parsed.flags;
  const [image, ...cmd] = parsed.positionals;
  const spec: ContainerSpec = {
    image,
    cmd,
    env: list(f.env),
    tty: bool(f.tty),
    openStdin: bool(f.interactive),
    publish: list(f.publish),
    publishAll: bool(f['publish-all']),
    volumes: list(f.volume),
    autoRemove: bool(f.rm),
    labels: labelMap(list(f.label)),
    links: list(f.link),
    expose: list(f.expose),
    networkAliases: list(f['network-alias']),
  };
  const name = str(f.name);
  if (name !== undefined) spec.name = name;
  if (f.entrypoint !== undefined) spec.entrypoint = str(f.entrypoint) ?? '';
  const hostname = str(f.hostname);
  if (hostname) spec.hostname = hostname;
  const workdir = str(f.workdir);
  if (workdir) spec.workingDir = workdir;
  const user = str(f.user);
  if (user) spec.user = user;
  const network = str(f.network);
  if (network) spec.network = network;
  const restart = str(f.restart);
  if (restart) spec.restart = restart;
  const memory = num(f.memory);
  if (memory) spec.memory = memory;
  const cpus = num(f.cpus);
  if (cpus) spec.nanoCpus = Math.round(cpus * 1e9);
  return spec;
}
