// `docker cp`: copy between a container and the local filesystem (the docker host's shell here),
// both ways, with docker/cli's rules for where the copy lands (archive.PrepareArchiveCopy:
// into an existing directory, over a file, or as a new name; SRC/. copies a directory's
// contents) and its errors in each era. On a terminal today's client closes with
// "Successfully copied <tar stream size> to <dest>"; 18.03's said nothing.
import { isSimError, SimError } from '../../../engine/errors';
import {
  extractToContainer,
  readContainerArchive,
  readVfsTree,
  statContainerPath,
  tarStreamSize,
  writeVfsTree,
  type ArchiveEntry,
} from '../../../engine/fs/containerArchive';
import type { FsNode } from '../../../engine/fs/fsTypes';
import { hostVfs } from '../../../engine/fs/hostVfs';
import { basename, dirname, normalizePath, resolvePath } from '../../../engine/fs/path';
import { fillTemplate } from '../../../engine/profile/cliMessages';
import { humanSize } from '../../format/units';
import type { CommandContext } from '../../types';
import { reportDaemonError } from './errors';
import type { DockerSubcommand } from './subcommand';

/** `name:path` names a container unless the word is an absolute or ./-relative local path (splitCpArg). */
export function splitCpArg(arg: string): { container: string; path: string } {
  if (arg.startsWith('/')) return { container: '', path: arg };
  const i = arg.indexOf(':');
  if (i < 0 || arg.startsWith('.')) return { container: '', path: arg };
  return { container: arg.slice(0, i), path: arg.slice(i + 1) };
}

/** A path that ends in a separator or '/.' must be a directory (archive.assertsDirectory). */
function assertsDirectory(path: string): boolean {
  return path.endsWith('/') || path === '.' || path.endsWith('/.');
}

/** filepath.Abs that keeps a trailing '/' or '/.' as typed (archive.PreserveTrailingDotOrSeparator). */
function localAbs(cx: CommandContext, path: string): string {
  const abs = resolvePath(cx.frame.cwd, path, cx.ctx.world.hosts[cx.host].home);
  if (path === '.' || path.endsWith('/.')) return abs === '/' ? '/.' : `${abs}/.`;
  if (path.endsWith('/') && abs !== '/') return `${abs}/`;
  return abs;
}

interface Destination {
  exists: boolean;
  isDir: boolean;
  /** As typed (container) or made absolute (local). */
  path: string;
}

/** Where the entries go and under which names: archive.PrepareArchiveCopy. */
function prepareCopy(src: ArchiveEntry, srcPath: string, dst: Destination): { dir: string; entries: ArchiveEntry[] } {
  const contentsOnly = src.node.t === 'd' && (srcPath === '.' || srcPath.endsWith('/.'));
  const clean = normalizePath(dst.path);
  if (dst.exists && dst.isDir) {
    const entries = contentsOnly && src.node.t === 'd' ? Object.entries(src.node.c).map(([name, node]) => ({ name, node })) : [src];
    return { dir: clean, entries };
  }
  if (dst.exists && src.node.t === 'd') throw new Error('cannot copy directory');
  if (!dst.exists && src.node.t !== 'd' && assertsDirectory(dst.path)) throw new Error('no such directory');
  return { dir: dirname(clean), entries: [{ name: basename(clean), node: src.node }] };
}

function notFound(cx: CommandContext, e: unknown, container: string, path: string): number {
  const text = cx.profile.containerCli.cpNotFound;
  if (isSimError(e) && e.kind === 'notFound' && text) {
    cx.err(`${fillTemplate(text, { container, path })}\n`);
    return 1;
  }
  return reportDaemonError(cx, e);
}

function success(cx: CommandContext, quiet: boolean, node: FsNode, dest: string): void {
  const line = cx.profile.containerCli.cpSuccess;
  if (quiet || !line) return;
  cx.err(`${fillTemplate(line, { size: humanSize(tarStreamSize(node)), dest })}\n`);
}

function fromContainer(cx: CommandContext, container: string, srcPath: string, dstArg: string, quiet: boolean): number {
  const world = cx.ctx.world;
  const local = hostVfs(world, cx.host);
  const dstPath = localAbs(cx, dstArg);
  if (cx.profile.containerCli.cpValidatesOutputPath) {
    const dir = dirname(normalizePath(dstPath));
    if (!local.exists(dir)) {
      cx.err(`invalid output path: directory "${dir}" does not exist\n`);
      return 1;
    }
  }
  let src: ArchiveEntry;
  try {
    src = readContainerArchive(world, cx.host, container, srcPath);
  } catch (e) {
    return notFound(cx, e, container, srcPath);
  }
  const st = local.stat(normalizePath(dstPath));
  if (!st && !local.isDir(dirname(normalizePath(dstPath)))) {
    cx.err(`stat ${dirname(normalizePath(dstPath))}: no such file or directory\n`);
    return 1;
  }
  try {
    const plan = prepareCopy(src, srcPath, { exists: st !== null, isDir: st?.type === 'd', path: dstPath });
    for (const e of plan.entries) writeVfsTree(local, plan.dir === '/' ? `/${e.name}` : `${plan.dir}/${e.name}`, e.node);
  } catch (e) {
    if (e instanceof SimError || !(e instanceof Error)) throw e;
    cx.err(`${e.message}\n`);
    return 1;
  }
  success(cx, quiet, src.node, dstPath);
  return 0;
}

function toContainer(cx: CommandContext, srcArg: string, container: string, dstPath: string, quiet: boolean): number {
  const world = cx.ctx.world;
  const srcPath = localAbs(cx, srcArg);
  // The client stats the destination first and ignores any failure (a missing container shows later).
  let dstType: FsNode['t'] | undefined;
  try {
    dstType = statContainerPath(world, cx.host, container, dstPath);
  } catch {
    dstType = undefined;
  }
  const local = hostVfs(world, cx.host);
  const clean = normalizePath(srcPath);
  if (!local.lstat(clean)) {
    cx.err(`lstat ${clean}: no such file or directory\n`);
    return 1;
  }
  const src: ArchiveEntry = { name: basename(clean), node: readVfsTree(local, clean) };
  let plan: { dir: string; entries: ArchiveEntry[] };
  try {
    plan = prepareCopy(src, srcPath, { exists: dstType !== undefined, isDir: dstType === 'd', path: dstPath });
  } catch (e) {
    cx.err(`${(e as Error).message}\n`);
    return 1;
  }
  try {
    extractToContainer(world, cx.host, container, plan.dir, plan.entries);
  } catch (e) {
    return notFound(cx, e, container, plan.dir);
  }
  success(cx, quiet, src.node, `${container}:${dstPath}`);
  return 0;
}

export const cpCommand: DockerSubcommand = {
  spec: {
    path: 'docker container cp',
    usage: '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
    description: 'Copy files/folders between a container and the local filesystem',
    aliases: ['docker cp'],
    args: { exact: 2 },
    flags: [
      { long: 'archive', short: 'a', kind: 'bool', description: 'Archive mode (copy all uid/gid information)' },
      { long: 'follow-link', short: 'L', kind: 'bool', description: 'Always follow symlinks in SRC_PATH' },
      {
        long: 'quiet',
        short: 'q',
        kind: 'bool',
        description: 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached',
      },
    ],
  },
  run(cx, args) {
    const [source, destination] = args.positionals;
    if (source === '') return fail(cx, 'source can not be empty');
    if (destination === '') return fail(cx, 'destination can not be empty');
    const quiet = args.flags.quiet === true || !cx.isTty;
    const src = splitCpArg(source);
    const dst = splitCpArg(destination);
    if (src.container && dst.container) return fail(cx, 'copying between containers is not supported');
    if (src.container) return fromContainer(cx, src.container, src.path, dst.path, quiet);
    if (dst.container) return toContainer(cx, src.path, dst.container, dst.path, quiet);
    return fail(cx, 'must specify at least one container source');
  },
};

function fail(cx: CommandContext, message: string): number {
  cx.err(`${message}\n`);
  return 1;
}
