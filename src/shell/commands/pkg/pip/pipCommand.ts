// pip, pip3, pip3.X inside a container whose image has them (the registry's PATH gate): install,
// list, freeze, uninstall, --version, in the texts of the image's pip (9/10 classic, 25 current).
import type { Command, CommandContext } from '../../../types';
import { runtimeOf } from '../../../interp/runtime';
import { findDist } from './pyIndex';
import { pipInstall } from './pipInstall';
import { pipNotice, ROOT_WARNING } from './pipModernOutput';
import { versionLess } from './pipFormat';
import { reachMirror } from '../pkgNet';
import { canonicalName } from './pyIndex';
import { findPyEnv, installedDists, installedPaths, type InstalledDist, type PyEnv } from './pySite';

function byName(a: InstalledDist, b: InstalledDist): number {
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function versionLine(py: PyEnv): string {
  const where = py.pipMajor >= 10 ? `${py.site}/pip` : py.site;
  return `pip ${py.pipVersion} from ${where} (python ${py.mm})\n`;
}

function selfCheckNotice(cx: CommandContext, py: PyEnv): string {
  const latest = findDist(py.era, 'pip')!.version;
  if (py.pipMajor < 20 || !versionLess(py.pipVersion, latest) || /^(1|true|yes|on)$/i.test(cx.frame.env.PIP_DISABLE_PIP_VERSION_CHECK ?? '')) return '';
  return reachMirror(cx, 'pypi.org') === 'ok' ? pipNotice(py.pipVersion, latest) : '';
}

function list(cx: CommandContext, py: PyEnv, args: string[]): number {
  const dists = [...installedDists(runtimeOf(cx).vfs, py).values()].sort(byName);
  const fmtArg = args.find((a) => a.startsWith('--format='))?.slice('--format='.length) ?? (args.includes('--format') ? args[args.indexOf('--format') + 1] : undefined);
  const format = fmtArg ?? (py.pipMajor >= 10 ? 'columns' : 'legacy');
  if (py.pipMajor < 10 && fmtArg === undefined) {
    cx.err('DEPRECATION: The default format will switch to columns in the future. You can use --format=(legacy|columns) (or define a format=(legacy|columns) in your pip.conf under the [list] section) to disable this warning.\n');
  }
  if (format === 'freeze') cx.out(dists.map((d) => `${d.name}==${d.version}\n`).join(''));
  else if (format === 'legacy') cx.out(dists.map((d) => `${d.name} (${d.version})\n`).join(''));
  else {
    const w1 = Math.max(7, ...dists.map((d) => d.name.length));
    const w2 = Math.max(7, ...dists.map((d) => d.version.length));
    const row = (a: string, b: string) => `${a.padEnd(w1)} ${b.padEnd(w2)}`.trimEnd() + '\n';
    cx.out(row('Package', 'Version') + row('-'.repeat(w1), '-'.repeat(w2)) + dists.map((d) => row(d.name, d.version)).join(''));
  }
  cx.err(selfCheckNotice(cx, py));
  return 0;
}

function freeze(cx: CommandContext, py: PyEnv, args: string[]): number {
  const all = args.includes('--all');
  // pip 25 keeps setuptools and wheel in the output from Python 3.12 on; pip itself never, unless --all.
  const hidden = new Set(py.pipMajor >= 20 && Number(py.mm.split('.')[1]) >= 12 ? ['pip'] : ['pip', 'setuptools', 'wheel', 'distribute']);
  const dists = [...installedDists(runtimeOf(cx).vfs, py).values()].filter((d) => all || !hidden.has(d.name.toLowerCase())).sort(byName);
  cx.out(dists.map((d) => `${d.name}==${d.version}\n`).join(''));
  return 0;
}

function uninstall(cx: CommandContext, py: PyEnv, args: string[]): number {
  const rt = runtimeOf(cx);
  const names = args.filter((a) => !a.startsWith('-'));
  const yes = args.includes('-y') || args.includes('--yes');
  const legacy = py.pipMajor < 20;
  if (names.length === 0) {
    cx.err(`${legacy ? '' : 'ERROR: '}You must give at least one requirement to uninstall (see "pip help uninstall")\n`);
    return 1;
  }
  const installed = installedDists(rt.vfs, py);
  for (const name of names) {
    const d = installed.get(canonicalName(name));
    if (!d) {
      cx.err(`WARNING: Skipping ${name} as it is not installed.\n`);
      continue;
    }
    if (legacy) cx.out(`Uninstalling ${d.name}-${d.version}:\n`);
    else cx.out(`Found existing installation: ${d.name} ${d.version}\nUninstalling ${d.name}-${d.version}:\n`);
    if (!yes) {
      // No terminal answers the prompt in a script; pip reads EOF and cancels.
      cx.out(`  Would remove:\n    ${d.metaDir ?? `${py.site}/${d.name.toLowerCase()}`}\nProceed (Y/n)? `);
      if (!cx.isTty || !cx.stdin.trim().toLowerCase().startsWith('y')) {
        cx.err(legacy ? '\n' : '\nERROR: Exception:\nEOFError: EOF when reading a line\n');
        return legacy ? 0 : 2;
      }
    }
    for (const p of installedPaths(rt.vfs, py, d)) if (rt.vfs.lstat(p)) rt.vfs.remove(p, { recursive: true });
    cx.out(`  Successfully uninstalled ${d.name}-${d.version}\n`);
  }
  if (!legacy && (cx.frame.user || 'root') === 'root') cx.err(ROOT_WARNING);
  return 0;
}

function runPip(cx: CommandContext, args: string[]): number {
  const py = findPyEnv(runtimeOf(cx).vfs, cx.frame.env, cx.profile.name);
  if (!py) {
    cx.err('/bin/sh: 1: pip: not found\n');
    return 127;
  }
  const sub = args.find((a) => !a.startsWith('-'));
  if (args[0] === '--version' || args[0] === '-V') {
    cx.out(versionLine(py));
    return 0;
  }
  const rest = sub ? args.slice(args.indexOf(sub) + 1) : [];
  switch (sub) {
    case 'install':
      return pipInstall(cx, py, rest);
    case 'list':
      return list(cx, py, rest);
    case 'freeze':
      return freeze(cx, py, rest);
    case 'uninstall':
      return uninstall(cx, py, rest);
    case undefined:
      cx.out('\nUsage:   \n  pip <command> [options]\n\nCommands:\n  install                     Install packages.\n  download                    Download packages.\n  uninstall                   Uninstall packages.\n  freeze                      Output installed packages in requirements format.\n  list                        List installed packages.\n  show                        Show information about installed packages.\n  help                        Show help for commands.\n');
      return 0;
    default:
      cx.err(`ERROR: unknown command "${sub}"\n`);
      return 1;
  }
}

/** `python -m pip ARGS`: for the python command to call with ARGS (same texts as `pip`). */
export function runPipModule(cx: CommandContext, args: string[]): number {
  return runPip(cx, args);
}

function pipCommand(name: string): Command {
  return { name, summary: 'Install and manage Python packages', run: runPip };
}

/** Every name the python images put pip under. */
export const PIP_COMMANDS: Command[] = ['pip', 'pip3', 'pip3.6', 'pip3.12', 'pip3.14'].map(pipCommand);
