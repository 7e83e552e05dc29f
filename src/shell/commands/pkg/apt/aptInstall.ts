// `apt-get install`: the dependency closure of what is missing, the plan (apt 1/2's `The following
// NEW packages will be installed:`, apt 3's `Installing:` / `Summary:`), the prompt, the downloads,
// and dpkg's unpack and set-up lines. The binaries land in the container when it is done.
import type { CommandContext } from '../../../types';
import { runtimeOf } from '../../../interp/runtime';
import type { PkgEffect, Timeline } from '../timeline';
import { aptSize, type AptDistro } from './aptDistros';
import type { AptPkg } from './aptIndex';
import { archName, depFamily, findPkg, hasLists, imagePackages, isInstalled, pkgFiles } from './aptState';
import { BYTES_PER_MS, fetchedLine, readingLists } from './aptUpdate';

export interface AptInstallOpts {
  names: string[];
  yes: boolean;
}

export interface AptInstallResult {
  code: number;
  effect?: PkgEffect;
  /** On a terminal without -y: the plan is printed (the first `planChunks` chunks) and apt asks. */
  ask?: boolean;
  /** How many chunks the plan took, before the prompt would come. */
  planChunks?: number;
}

/** apt's package list: two spaces in, names joined by spaces, wrapped before 80 columns. */
function showList(names: string[]): string {
  const lines: string[] = [];
  let line = ' ';
  for (const n of names) {
    if (line.length + 1 + n.length > 79 && line.trim()) {
      lines.push(line);
      line = ' ';
    }
    line += ' ' + n;
  }
  lines.push(line);
  return lines.join('\n') + '\n';
}

function sorted(names: string[]): string[] {
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function aptInstall(cx: CommandContext, distro: AptDistro, o: AptInstallOpts, tl: Timeline): AptInstallResult {
  const vfs = runtimeOf(cx).vfs;
  const tty = cx.isTty;
  tl.out(readingLists(tty)).wait(300);
  tl.out(tty ? 'Building dependency tree... Done\nReading state information... Done\n' : 'Building dependency tree...\nReading state information...\n');
  const lists = hasLists(vfs);
  const unknown = o.names.filter((n) => !lists || !findPkg(distro, n));
  if (unknown.length > 0) {
    for (const n of unknown) tl.err(`E: Unable to locate package ${n}\n`);
    return { code: 100 };
  }
  const family = depFamily(distro);
  const fromImage = imagePackages(cx.ctx.world, cx.host, cx.frame.containerId);
  // What the image installed came with its own dependencies.
  for (const n of [...fromImage]) for (const d of findPkg(distro, n)?.deps?.[family] ?? []) fromImage.add(d);
  const newPkgs: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const pkg = findPkg(distro, name);
    if (!pkg || isInstalled(vfs, name, pkg, fromImage)) return;
    for (const d of pkg.deps?.[family] ?? []) visit(d);
    newPkgs.push(name);
  };
  for (const n of o.names) {
    const pkg = findPkg(distro, n)!;
    if (isInstalled(vfs, n, pkg, fromImage)) tl.out(`${n} is already the newest version (${pkg.v[distro.versions]}).\n`);
    else visit(n);
  }
  const extra = newPkgs.filter((n) => !o.names.includes(n));
  const ver = (n: string) => findPkg(distro, n)!.v[distro.versions];
  const pkgOf = (n: string): AptPkg => findPkg(distro, n)!;
  const download = newPkgs.reduce((s, n) => s + pkgOf(n).kb[0] * 1000, 0);
  const installed = newPkgs.reduce((s, n) => s + pkgOf(n).kb[1] * 1000, 0);
  if (distro.style === 'apt3') {
    if (newPkgs.length > 0) {
      tl.out(`Installing:\n${showList(sorted(newPkgs.filter((n) => o.names.includes(n))))}\n`);
      if (extra.length > 0) tl.out(`Installing dependencies:\n${showList(sorted(extra))}\n`);
    }
    tl.out(`Summary:\n  Upgrading: 0, Installing: ${newPkgs.length}, Removing: 0, Not Upgrading: 0\n`);
    if (newPkgs.length > 0) tl.out(`  Download size: ${aptSize(download)}B\n  Space needed: ${aptSize(installed)}B / 58.4 GB available\n\n`);
  } else {
    if (extra.length > 0) tl.out(`The following additional packages will be installed:\n${showList(sorted(extra))}`);
    if (newPkgs.length > 0) tl.out(`The following NEW packages will be installed:\n${showList(sorted(newPkgs))}`);
    tl.out(`0 upgraded, ${newPkgs.length} newly installed, 0 to remove and 0 not upgraded.\n`);
    if (newPkgs.length > 0) tl.out(`Need to get ${aptSize(download)}B of archives.\nAfter this operation, ${aptSize(installed)}B of additional disk space will be used.\n`);
  }
  if (newPkgs.length === 0) return { code: 0 };
  const planChunks = tl.chunks.length;
  if (!o.yes && newPkgs.length > o.names.length) {
    // Nobody can answer on a pipe: apt reads end of file and gives up. On a terminal it asks.
    if (!tty) {
      tl.out('Do you want to continue? [Y/n] Abort.\n');
      return { code: 1 };
    }
    return { code: 0, ask: true, planChunks };
  }
  const fetchStart = tl.now;
  newPkgs.forEach((n, i) => {
    const pool = distro.style === 'apt1' ? distro.pool.replace(' ', '/ ') : `${distro.pool} amd64`;
    tl.wait(60 + (pkgOf(n).kb[0] * 1000) / BYTES_PER_MS);
    tl.out(`Get:${i + 1} ${pool} ${n} amd64 ${ver(n)} [${aptSize(pkgOf(n).kb[0] * 1000)}B]\n`);
  });
  if (distro.id === 'debian' && !tty && newPkgs.includes('ca-certificates')) tl.err('debconf: delaying package configuration, since apt-utils is not installed\n');
  tl.out(fetchedLine(download, tl.now - fetchStart));
  newPkgs.forEach((n, i) => {
    const file = `${n}_${ver(n).replace(':', '%3a')}_amd64.deb`;
    tl.out(`Selecting previously unselected package ${archName(n)}.\n`);
    if (i === 0) tl.out(`(Reading database ... ${distro.dbFiles} files and directories currently installed.)\n`);
    tl.out(`Preparing to unpack .../${newPkgs.length > 1 ? `${String(i).padStart(2, '0')}-` : ''}${file} ...\n`).wait(120);
    tl.out(`Unpacking ${archName(n)} (${ver(n)}) ...\n`);
  });
  for (const n of newPkgs) {
    tl.wait(80).out(`Setting up ${archName(n)} (${ver(n)}) ...\n`);
    if (n === 'ca-certificates') tl.out('Updating certificates in /etc/ssl/certs...\n').wait(900).out('148 added, 0 removed; done.\n');
  }
  if (newPkgs.some((n) => n.startsWith('lib'))) tl.out(`Processing triggers for libc-bin (${distro.libcBin}) ...\n`);
  if (newPkgs.includes('ca-certificates')) {
    tl.out(`Processing triggers for ca-certificates (${ver('ca-certificates')}) ...\nUpdating certificates in /etc/ssl/certs...\n0 added, 0 removed; done.\nRunning hooks in /etc/ca-certificates/update.d...\ndone.\n`);
  }
  const containerId = cx.frame.containerId;
  if (!containerId) return { code: 0, planChunks };
  return { code: 0, planChunks, effect: { host: cx.host, containerId, remove: [], files: newPkgs.flatMap((n) => pkgFiles(n, pkgOf(n))) } };
}
