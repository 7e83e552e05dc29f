// apk in Alpine images: `apk add` fetches the indexes (the images keep no cache), installs the
// missing closure as `(i/n) Installing name (version)`, runs the triggers and sums up; `apk update`
// prints the repository snapshots. The installed world is /lib/apk/db/installed, as for real.
import type { Command, CommandContext } from '../../../types';
import { runtimeOf } from '../../../interp/runtime';
import type { Vfs } from '../../../../engine/fs/vfs';
import { playTimeline } from '../pkgJob';
import { reachMirror } from '../pkgNet';
import type { PkgFile } from '../pkgFiles';
import { Timeline, type PkgEffect } from '../timeline';
import { APK_INDEX, APK_RELEASES, type ApkRelease } from './apkIndex';

const DB = '/lib/apk/db/installed';

function findRelease(vfs: Vfs): ApkRelease | undefined {
  let text: string;
  try {
    text = vfs.readFile('/etc/os-release');
  } catch {
    return undefined;
  }
  const m = /^VERSION_ID=(\d+)\.(\d+)/m.exec(text);
  return m ? APK_RELEASES[`v${m[1]}.${m[2]}`] : undefined;
}

function installedNames(vfs: Vfs): string[] {
  try {
    return [...vfs.readFile(DB).matchAll(/^P:(.+)$/gm)].map((m) => m[1]);
  } catch {
    return [];
  }
}

/** Fetch lines for both repositories; false when the mirror cannot be reached. */
function fetchIndexes(cx: CommandContext, rel: ApkRelease, tl: Timeline): boolean {
  const net = reachMirror(cx, 'dl-cdn.alpinelinux.org');
  const hashes = ['70c88391', '5a59b88b'];
  ['main', 'community'].forEach((repo, i) => {
    const base = `${rel.scheme}://dl-cdn.alpinelinux.org/alpine/${rel.branch}/${repo}`;
    if (!rel.modern || net === 'ok') tl.out(`fetch ${base}/x86_64/APKINDEX.tar.gz\n`);
    tl.wait(net === 'timeout' ? 30_000 : 250);
    if (net === 'ok') return;
    if (rel.modern) tl.err(`WARNING: fetching ${base}: temporary error (try again later)\n`);
    else tl.err(`ERROR: ${base}: temporary error (try again later)\nWARNING: Ignoring APKINDEX.${hashes[i]}.tar.gz: No such file or directory\n`);
  });
  return net === 'ok';
}

function summary(rel: ApkRelease, vfs: Vfs, extraKib: number, extraPkgs: number): string {
  const names = installedNames(vfs);
  const kib = rel.baseKib + names.reduce((s, n) => s + (APK_INDEX[n]?.kib ?? 0), 0) + extraKib;
  return `OK: ${Math.round(kib / 1024)} MiB in ${rel.basePackages + names.length + extraPkgs} packages\n`;
}

function add(cx: CommandContext, rel: ApkRelease, names: string[], tl: Timeline): { code: number; effect?: PkgEffect } {
  const vfs = runtimeOf(cx).vfs;
  const online = fetchIndexes(cx, rel, tl);
  const have = new Set(installedNames(vfs));
  const exists = (n: string) => online && Object.hasOwn(APK_INDEX, n) && !!APK_INDEX[n].v[rel.branch];
  const missing = names.filter((n) => !exists(n));
  if (missing.length > 0) {
    tl.err(rel.modern ? 'ERROR: unable to select packages:\n' : 'ERROR: unsatisfiable constraints:\n');
    for (const n of missing) tl.err(`  ${n} (${rel.modern ? 'no such package' : 'missing'}):\n    required by: world[${n}]\n`);
    return { code: 1 };
  }
  const order: string[] = [];
  const visit = (n: string) => {
    if (order.includes(n) || have.has(n) || !exists(n)) return;
    const pkg = APK_INDEX[n];
    if (Object.keys(pkg.bins ?? {}).some((b) => vfs.exists(b)) && !pkg.deps) return;
    for (const d of pkg.deps ?? []) visit(d);
    order.push(n);
  };
  names.forEach(visit);
  order.forEach((n, i) => {
    tl.wait(120 + APK_INDEX[n].kib / 4);
    tl.out(`(${i + 1}/${order.length}) Installing ${n} (${APK_INDEX[n].v[rel.branch]})\n`);
  });
  if (order.length > 0) tl.wait(200).out(`Executing busybox-${rel.busybox}.trigger\n`);
  for (const n of order) if (APK_INDEX[n].trigger && n !== 'bash') tl.out(`Executing ${n}-${APK_INDEX[n].v[rel.branch]}.trigger\n`);
  const kib = order.reduce((s, n) => s + APK_INDEX[n].kib, 0);
  tl.out(summary(rel, vfs, kib, order.length));
  const containerId = cx.frame.containerId;
  if (order.length === 0 || !containerId) return { code: 0 };
  const files: PkgFile[] = order.flatMap((n) => Object.entries(APK_INDEX[n].bins ?? {}).map(([path, size]) => ({ path, size, mode: 0o755 })));
  let db: string;
  try {
    db = vfs.readFile(DB);
  } catch {
    db = '';
  }
  files.push({ path: DB, text: db + order.map((n) => `P:${n}\nV:${APK_INDEX[n].v[rel.branch]}\nI:${APK_INDEX[n].kib * 1024}\n\n`).join('') });
  return { code: 0, effect: { host: cx.host, containerId, remove: [], files } };
}

function runApk(cx: CommandContext, args: string[]): number {
  const rel = findRelease(runtimeOf(cx).vfs);
  const words = args.filter((a) => !a.startsWith('-'));
  const [verb, ...names] = words;
  if (!rel) {
    cx.err('ERROR: unable to read the Alpine release\n');
    return 1;
  }
  const tl = new Timeline();
  let code = 0;
  if (verb === 'add') {
    if (names.length === 0) {
      cx.err('apk add: package name required\n');
      return 1;
    }
    const done = add(cx, rel, names, tl);
    return playTimeline(cx, tl, done.code, done.effect);
  }
  if (verb === 'update') {
    if (fetchIndexes(cx, rel, tl)) {
      ['main', 'community'].forEach((repo, i) => tl.out(`${rel.snapshots[i]} [${rel.scheme}://dl-cdn.alpinelinux.org/alpine/${rel.branch}/${repo}]\n`));
      tl.out(`OK: ${rel.available} distinct packages available\n`);
    } else {
      code = 2;
      tl.out(`${rel.snapshots[0]} [${rel.scheme}://dl-cdn.alpinelinux.org/alpine/${rel.branch}/main]\n`);
    }
    return playTimeline(cx, tl, code);
  }
  cx.err(verb ? `apk: unknown command '${verb}'\n` : 'usage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n');
  return 1;
}

export const apkCommand: Command = { name: 'apk', summary: 'Alpine package manager', run: runApk };
