// npm in the node images: `npm init -y` writes package.json; `npm install [pkg…]` fetches from
// the era's registry, writes node_modules, saves the dependency and the lockfile, and sums up as
// npm 5 (`+ express@4.16.3` / `added 50 packages in 3.2s`) or npm 11 (`added 64 packages, and
// audited 65 packages in 3s`, funding, vulnerabilities, the update notice) does.
import { basename, resolvePath } from '../../../../engine/fs/path';
import type { Command, CommandContext } from '../../../types';
import { runtimeOf } from '../../../interp/runtime';
import { playTimeline } from '../pkgJob';
import { reachMirror } from '../pkgNet';
import type { PkgFile } from '../pkgFiles';
import { Timeline } from '../timeline';
import { findNpmPkg } from './npmIndex';
import { NPM_SCRIPT_VERBS, runNpmScript } from './npmRun';

interface Npm {
  version: string;
  modern: boolean;
  /** The newer npm the update notice offers (npm 11). */
  latest?: string;
}

type PackageJson = { name?: string; version?: string; description?: string; repository?: unknown; dependencies?: Record<string, string>; devDependencies?: Record<string, string> } & Record<string, unknown>;

function npmOf(cx: CommandContext): Npm {
  const major = Number((cx.frame.env.NODE_VERSION ?? '').split('.')[0]);
  if (major >= 20 || (!major && cx.profile.name === 'current')) return { version: '11.6.2', modern: true, latest: '11.7.0' };
  return { version: '5.6.0', modern: false };
}

function logPath(cx: CommandContext, npm: Npm): string {
  const stamp = new Date(cx.ctx.world.now).toISOString().replace(/:/g, '_').replace('.', '_');
  return `/root/.npm/_logs/${stamp}-debug${npm.modern ? '-0' : ''}.log`;
}

function readJson(cx: CommandContext, path: string): PackageJson | undefined {
  try {
    return JSON.parse(runtimeOf(cx).vfs.readFile(path)) as PackageJson;
  } catch {
    return undefined;
  }
}

function init(cx: CommandContext, npm: Npm): number {
  const dir = cx.frame.cwd;
  const name = basename(dir).toLowerCase() || 'root';
  const scripts = { test: 'echo "Error: no test specified" && exit 1' };
  const pkg = npm.modern
    ? { name, version: '1.0.0', main: 'index.js', scripts, keywords: [], author: '', license: 'ISC', description: '' }
    : { name, version: '1.0.0', description: '', main: 'index.js', scripts, keywords: [], author: '', license: 'ISC' };
  const text = JSON.stringify(pkg, null, 2);
  const path = resolvePath(dir, 'package.json');
  runtimeOf(cx).vfs.writeFile(path, text + '\n');
  cx.out(`Wrote to ${path}:\n\n${text}\n\n\n`);
  return 0;
}

function duration(npm: Npm, ms: number): string {
  if (!npm.modern) return `${ms / 1000}s`;
  return ms < 1000 ? `${ms}ms` : `${Math.round(ms / 1000)}s`;
}

function install(cx: CommandContext, npm: Npm, args: string[]): number {
  const rt = runtimeOf(cx);
  const era = cx.profile.name;
  const dir = cx.frame.cwd;
  const pkgPath = resolvePath(dir, 'package.json');
  const pkg = readJson(cx, pkgPath);
  const named = args.filter((a) => !a.startsWith('-')).map((a) => a.replace(/(.)@.*$/, '$1'));
  const prod = args.includes('--production') || args.includes('--omit=dev');
  const wanted = named.length > 0 ? named : [...Object.keys(pkg?.dependencies ?? {}), ...(prod ? [] : Object.keys(pkg?.devDependencies ?? {}))];
  const tl = new Timeline();
  const err = npm.modern ? 'npm error' : 'npm ERR!';
  const fresh = wanted.filter((n) => !rt.vfs.exists(resolvePath(dir, `node_modules/${n}/package.json`)));
  if (fresh.length > 0 && reachMirror(cx, 'registry.npmjs.org') !== 'ok') {
    tl.wait(npm.modern ? 60_000 : 30_000);
    const reason = `request to https://registry.npmjs.org/${fresh[0]} failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org${npm.modern ? '' : ':443'}`;
    tl.err(npm.modern ? `${err} code EAI_AGAIN\n${err} syscall getaddrinfo\n${err} errno EAI_AGAIN\n${err} ${reason}\n` : `${err} code EAI_AGAIN\n${err} errno EAI_AGAIN\n${err} ${reason}\n`);
    return finishError(cx, npm, tl);
  }
  const unknown = fresh.find((n) => !findNpmPkg(era, n));
  if (unknown) {
    tl.wait(400);
    if (npm.modern) tl.err(`${err} code E404\n${err} 404 Not Found - GET https://registry.npmjs.org/${unknown} - Not found\n${err} 404\n${err} 404  '${unknown}@*' is not in this registry.\n${err} 404\n${err} 404 Note that you can also install from a\n${err} 404 tarball, folder, http url, or git url.\n`);
    else tl.err(`${err} code E404\n${err} 404 Not Found: ${unknown}@latest\n`);
    return finishError(cx, npm, tl);
  }
  const added = fresh.reduce((s, n) => s + findNpmPkg(era, n)!.total, 0);
  // Resolving, fetching and extracting: roughly a second plus the tree's size at 1 MB/s.
  const ms = fresh.length === 0 ? 240 : Math.round(900 + fresh.reduce((s, n) => s + findNpmPkg(era, n)!.bytes / 1_000 + findNpmPkg(era, n)!.total * 7, 0));
  tl.wait(ms);
  const hadLock = rt.vfs.exists(resolvePath(dir, 'package-lock.json'));
  if (!npm.modern) {
    if (!pkg) tl.err(`npm WARN saveError ENOENT: no such file or directory, open '${pkgPath}'\n`);
    if (!hadLock) tl.err('npm notice created a lockfile as package-lock.json. You should commit this file.\n');
    const id = pkg ? `${pkg.name ?? basename(dir)}@${pkg.version ?? '1.0.0'}` : basename(dir);
    if (!pkg) tl.err(`npm WARN enoent ENOENT: no such file or directory, open '${pkgPath}'\n`);
    if (!pkg?.description) tl.err(`npm WARN ${id} No description\n`);
    if (!pkg?.repository) tl.err(`npm WARN ${id} No repository field.\n`);
    if (!pkg) tl.err(`npm WARN ${id} No README data\nnpm WARN ${id} No license field.\n`);
    if (named.length > 0 && fresh.length > 0) tl.out('\n' + fresh.map((n) => `+ ${n}@${findNpmPkg(era, n)!.version}\n`).join(''));
    tl.out(added > 0 ? `added ${added} packages in ${duration(npm, ms)}\n` : `up to date in ${duration(npm, ms)}\n`);
  } else {
    // Every package of the trees asked for, plus the project itself.
    const audited = wanted.reduce((sum, n) => sum + (findNpmPkg(era, n)?.total ?? 0), 0) + 1;
    tl.out(added > 0 ? `\nadded ${added} packages, and audited ${audited} packages in ${duration(npm, ms)}\n` : `\nup to date, audited ${audited} ${audited === 1 ? 'package' : 'packages'} in ${duration(npm, ms)}\n`);
    const funding = wanted.reduce((s, n) => s + (findNpmPkg(era, n)?.funding ?? 0), 0);
    if (funding > 0) tl.out(`\n${funding} ${funding === 1 ? 'package is' : 'packages are'} looking for funding\n  run \`npm fund\` for details\n`);
    tl.out('\nfound 0 vulnerabilities\n');
    notice(npm, tl);
  }
  const containerId = cx.frame.containerId;
  if (!containerId) return playTimeline(cx, tl, 0);
  const files: PkgFile[] = [];
  for (const n of fresh) {
    const p = findNpmPkg(era, n)!;
    files.push({ path: resolvePath(dir, `node_modules/${n}/package.json`), text: JSON.stringify({ name: n, version: p.version, main: 'index.js' }, null, 2) + '\n' });
    files.push({ path: resolvePath(dir, `node_modules/${n}/index.js`), size: Math.round(p.bytes / (p.deps.length + 1)), mode: 0o644 });
    for (const d of p.deps) files.push({ path: resolvePath(dir, `node_modules/${d}/index.js`), size: Math.round(p.bytes / (p.deps.length + 1)), mode: 0o644 });
  }
  const save = named.length > 0 && !args.includes('--no-save') && (pkg || npm.modern);
  if (save) {
    const next: PackageJson = { ...(pkg ?? {}), dependencies: { ...(pkg?.dependencies ?? {}) } };
    for (const n of named) if (findNpmPkg(era, n)) next.dependencies![n] = `^${findNpmPkg(era, n)!.version}`;
    files.push({ path: pkgPath, text: JSON.stringify(next, null, 2) + '\n' });
  }
  const lock = { name: pkg?.name ?? basename(dir), version: pkg?.version ?? '1.0.0', lockfileVersion: npm.modern ? 3 : 1, requires: true };
  files.push({ path: resolvePath(dir, 'package-lock.json'), text: JSON.stringify(lock, null, 2) + '\n' });
  return playTimeline(cx, tl, 0, { host: cx.host, containerId, remove: [], files });
}

function notice(npm: Npm, tl: Timeline): void {
  if (!npm.latest) return;
  tl.err(`npm notice\nnpm notice New minor version of npm available! ${npm.version} -> ${npm.latest}\nnpm notice Changelog: https://github.com/npm/cli/releases/tag/v${npm.latest}\nnpm notice To update run: npm install -g npm@${npm.latest}\nnpm notice\n`);
}

function finishError(cx: CommandContext, npm: Npm, tl: Timeline): number {
  if (npm.modern) {
    notice(npm, tl);
    tl.err(`npm error A complete log of this run can be found in: ${logPath(cx, npm)}\n`);
  } else tl.err(`\nnpm ERR! A complete log of this run can be found in:\nnpm ERR!     ${logPath(cx, npm)}\n`);
  return playTimeline(cx, tl, 1);
}

function runNpm(cx: CommandContext, args: string[]): number {
  const npm = npmOf(cx);
  const [verb, ...rest] = args;
  switch (verb) {
    case '-v':
    case '--version':
      cx.out(`${npm.version}\n`);
      return 0;
    case 'init':
      if (rest.includes('-y') || rest.includes('--yes')) return init(cx, npm);
      cx.err('npm init without -y asks questions this terminal cannot answer; use npm init -y\n');
      return 1;
    case 'install':
    case 'i':
    case 'add':
    case 'ci':
      return install(cx, npm, rest);
    default:
      if (NPM_SCRIPT_VERBS.has(verb)) return runNpmScript(cx, npm, verb, rest);
      cx.out(`\nUsage: npm <command>\n\nwhere <command> is one of:\n    init, install, ci, start, test, run, ls, uninstall\n\nnpm@${npm.version} /usr/local/lib/node_modules/npm\n`);
      return 1;
  }
}

export const npmCommand: Command = { name: 'npm', summary: 'Node.js package manager', run: runNpm };
