// What `docker ps` shows for one container: the fields of docker/cli's ContainerContext
// (cli/command/formatter/container.go), computed from the world at the virtual `now`.
import type { Container, World } from '../../../engine/world';
import { containerCommand, containerPorts, containerSizeRw, type PortSummary } from '../../../engine/queries';
import { ellipsis, goQuote } from '../../format/goQuote';
import { formatGoTimeString } from '../../format/timeFormat';
import { humanDuration, humanSize } from '../../format/units';
import { listContainerSnapshots } from '../../../engine/tables/containerTable';

export const psHeaders: Record<string, string> = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Names: 'NAMES',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  Networks: 'NETWORKS',
  LocalVolumes: 'LOCAL VOLUMES',
};

export const defaultPsFormat = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

export interface PsRow {
  ID: string;
  Image: string;
  Command: string;
  CreatedAt: string;
  RunningFor: string;
  Ports: string;
  State: string;
  Status: string;
  Size: string;
  Names: string;
  Labels: string;
  Mounts: string;
  Networks: string;
  LocalVolumes: string;
}

/** The daemon's State.String() (moby daemon/container/state.go). */
export function containerStatusText(c: Container, now: number): string {
  const s = c.state;
  if (s.status === 'paused') return `Up ${humanDuration(now - s.startedAt)} (Paused)`;
  if (s.status === 'restarting') return `Restarting (${s.exitCode}) ${humanDuration(now - s.finishedAt)} ago`;
  if (s.status === 'running') return `Up ${humanDuration(now - s.startedAt)}`;
  if (s.status === 'removing') return 'Removal In Progress';
  if (s.status === 'dead') return 'Dead';
  if (s.startedAt === 0) return 'Created';
  if (s.finishedAt === 0) return '';
  return `Exited (${s.exitCode}) ${humanDuration(now - s.finishedAt)} ago`;
}

function joinHostPort(ip: string, port: string): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

function ipKey(ip: string): string {
  // netip ordering: IPv4 before IPv6, then by bytes; a padded text key gives the same order here.
  return (ip.includes(':') ? '1' : '0') + ip.split(/[.:]/).map((p) => p.padStart(5, '0')).join('.');
}

function comparePorts(a: PortSummary, b: PortSummary): number {
  if (a.privatePort !== b.privatePort) return a.privatePort - b.privatePort;
  const ia = ipKey(a.ip ?? '');
  const ib = ipKey(b.ip ?? '');
  if (ia !== ib) return ia < ib ? -1 : 1;
  if ((a.publicPort ?? 0) !== (b.publicPort ?? 0)) return (a.publicPort ?? 0) - (b.publicPort ?? 0);
  return a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
}

function formGroup(key: string, first: number, last: number): string {
  const slash = key.lastIndexOf('/');
  const ip = slash >= 0 ? key.slice(0, slash) : '';
  const type = slash >= 0 ? key.slice(slash + 1) : key;
  let group = first === last ? String(first) : `${first}-${last}`;
  if (ip) group = `${joinHostPort(ip, group)}->${group}`;
  return `${group}/${type}`;
}

/** docker/cli DisplayablePorts: same-port runs grouped (`80-82/tcp`), other mappings after them. */
export function displayablePorts(input: PortSummary[]): string {
  if (input.length === 0) return '';
  const ports = [...input].sort(comparePorts);
  const groups: Record<string, { first: number; last: number }> = {};
  const keys: string[] = [];
  const result: string[] = [];
  const hostMappings: string[] = [];
  for (const p of ports) {
    let key = p.type;
    if (p.ip) {
      if (p.publicPort !== p.privatePort) {
        hostMappings.push(`${joinHostPort(p.ip, String(p.publicPort ?? 0))}->${p.privatePort}/${p.type}`);
        continue;
      }
      key = `${p.ip}/${p.type}`;
    }
    const g = groups[key];
    if (!g) {
      groups[key] = { first: p.privatePort, last: p.privatePort };
      keys.push(key);
    } else if (p.privatePort === g.last + 1) {
      g.last = p.privatePort;
    } else {
      result.push(formGroup(key, g.first, g.last));
      groups[key] = { first: p.privatePort, last: p.privatePort };
    }
  }
  for (const k of keys) result.push(formGroup(k, groups[k].first, groups[k].last));
  return [...result, ...hostMappings].join(', ');
}

/** IMAGE as ps shows it: as typed, unless the reference no longer names the container's image. */
function imageColumn(world: World, host: string, c: Container, trunc: boolean): string {
  const tags = world.hosts[host].daemon.tags;
  const ref = c.imageRef.replace(/@sha256:[0-9a-f]+$/, '');
  const tagged = tags[ref] ?? (ref.includes(':') && !ref.includes('/') ? undefined : tags[`${ref}:latest`]);
  if (tagged === c.imageId || c.imageId.startsWith(c.imageRef.replace(/^sha256:/, ''))) {
    return trunc ? ref : c.imageRef;
  }
  return trunc ? c.imageId.slice(0, 12) : `sha256:${c.imageId}`;
}

/** Legacy links give a target extra names `<linker>/<alias>`: target name → those names, for NAMES with --no-trunc. */
export function linkNames(world: World, host: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const other of listContainerSnapshots(world.hosts[host].daemon)) {
    for (const link of other.hostConfig.links) {
      const [target, alias] = link.split(':');
      if (alias === undefined) continue;
      const names = out.get(target) ?? [];
      names.push(alias.replace(/^\//, ''));
      out.set(target, names);
    }
  }
  return out;
}

export interface PsRowOptions {
  trunc: boolean;
  /** linkNames() of this world, when rendering many rows (computed on first need otherwise). */
  links?: Map<string, string[]>;
  /** IMAGE cells already worked out in this listing: image ref → image id → cell. */
  images?: Map<string, Map<string, string>>;
  /** CREATED and running STATUS cells already worked out in this listing, by age in ms. */
  ago?: Map<number, string>;
  up?: Map<number, string>;
}

/** imageColumn(), once per distinct image reference and id in a listing. */
function imageOf(world: World, host: string, c: Container, opts: PsRowOptions): string {
  const byId = (opts.images ??= new Map()).get(c.imageRef) ?? new Map<string, string>();
  opts.images.set(c.imageRef, byId);
  let cell = byId.get(c.imageId);
  if (cell === undefined) byId.set(c.imageId, (cell = imageColumn(world, host, c, opts.trunc)));
  return cell;
}

function namesOf(world: World, host: string, c: Container, opts: PsRowOptions): string {
  if (opts.trunc) return c.name;
  opts.links ??= linkNames(world, host);
  return [c.name, ...(opts.links.get(`/${c.name}`) ?? [])].join(',');
}

function sizeOf(world: World, host: string, c: Container): string {
  const sizeRw = containerSizeRw(world, host, c);
  const virtual = sizeRw + (world.hosts[host].daemon.images[c.imageId]?.size ?? 0);
  return virtual > 0 ? `${humanSize(sizeRw)} (virtual ${humanSize(virtual)})` : humanSize(sizeRw);
}

interface FixedCells {
  path: string;
  args: string[];
  id: string;
  command: string;
}

/**
 * A container's short ID and truncated COMMAND never change (id, path and args are fixed at
 * create), so each container object computes them once: a listing of a thousand containers
 * then makes no new strings for them, which keeps it clear of the garbage collector.
 */
const fixed = new WeakMap<Container, FixedCells>();

function fixedCells(c: Container): FixedCells {
  let cells = fixed.get(c);
  if (!cells || cells.path !== c.path || cells.args !== c.args) {
    cells = { path: c.path, args: c.args, id: c.id.slice(0, 12), command: goQuote(ellipsis(containerCommand(c), 20)) };
    fixed.set(c, cells);
  }
  return cells;
}

function hasPorts(c: Container): boolean {
  for (const key in c.ports) if (Object.hasOwn(c.ports, key)) return true;
  return false;
}

/** CREATED: the same few texts over and over ("2 hours ago"), made once per listing. */
function agoOf(ms: number, opts: PsRowOptions): string {
  let text = (opts.ago ??= new Map()).get(ms);
  if (text === undefined) opts.ago.set(ms, (text = `${humanDuration(ms)} ago`));
  return text;
}

/** STATUS of a running container, made once per listing for each uptime. */
function upFor(ms: number, opts: PsRowOptions): string {
  let text = (opts.up ??= new Map()).get(ms);
  if (text === undefined) opts.up.set(ms, (text = `Up ${humanDuration(ms)}`));
  return text;
}

/** The fields of the default table (`defaultPsFormat`), in its column order. */
export const DEFAULT_PS_FIELDS = ['ID', 'Image', 'Command', 'RunningFor', 'Status', 'Ports', 'Names'] as const;

/**
 * The default table's cells for one container, plus SIZE with `withSize`: what psRow gives for
 * those fields, without computing the others (ps renders these without the template engine).
 */
export function defaultPsCells(world: World, host: string, c: Container, opts: PsRowOptions, withSize = false): string[] {
  const fixedTrunc = opts.trunc ? fixedCells(c) : undefined;
  const cells = [
    fixedTrunc ? fixedTrunc.id : c.id,
    imageOf(world, host, c, opts),
    fixedTrunc ? fixedTrunc.command : goQuote(containerCommand(c)),
    agoOf(world.now - c.created, opts),
    c.state.status === 'running' ? upFor(world.now - c.state.startedAt, opts) : containerStatusText(c, world.now),
    hasPorts(c) ? displayablePorts(containerPorts(c)) : '',
    namesOf(world, host, c, opts),
  ];
  if (withSize) cells.push(sizeOf(world, host, c));
  return cells;
}

export function psRow(world: World, host: string, c: Container, opts: PsRowOptions): PsRow {
  const { trunc } = opts;
  const [ID, Image, Command, RunningFor, Status, Ports, Names] = defaultPsCells(world, host, c, opts);
  const labels = Object.keys(c.config.labels)
    .map((k) => `${k}=${c.config.labels[k]}`)
    .sort();
  return {
    ID,
    Image,
    Command,
    CreatedAt: formatGoTimeString(Math.floor(c.created / 1000) * 1000),
    RunningFor,
    Ports,
    State: c.state.status,
    Status,
    Size: sizeOf(world, host, c),
    Names,
    Labels: labels.join(','),
    Mounts: c.mounts.map((m) => (trunc ? ellipsis(m.name ?? m.source, 15) : (m.name ?? m.source))).join(','),
    Networks: Object.keys(c.networks).join(','),
    LocalVolumes: String(c.mounts.filter((m) => m.type === 'volume').length),
  };
}
