// `pip install`: options, requirements (arguments and -r files), resolution against the era's
// index and what site-packages holds, then the era's printer; the files land when it is done.
import { resolvePath } from '../../../../engine/fs/path';
import type { CommandContext } from '../../../types';
import { runtimeOf } from '../../../interp/runtime';
import { playTimeline } from '../pkgJob';
import { pyObjectAddress, reachMirror } from '../pkgNet';
import { Timeline, type PkgEffect } from '../timeline';
import type { PkgFile } from '../pkgFiles';
import { fakeSha256 } from '../../../../engine/hub/fakeSha256';
import { findDist, distFile, isSdist } from './pyIndex';
import { legacyInstall, wheelDir } from './pipLegacyOutput';
import { modernInstall } from './pipModernOutput';
import { legacyInstallOrder, parseReq, readRequirementsFile, resolve, resolverInstallOrder, type PlanNode, type PyReq, type ReqLine } from './pipResolve';
import { versionLess } from './pipFormat';
import type { InstallRun } from './pipInstallTypes';
import { distFiles, installedDists, installedPaths, userInstallEnv, type PyEnv } from './pySite';

interface InstallOpts {
  reqLines: ReqLine[];
  files: string[];
  upgrade: boolean;
  noCache: boolean;
  quiet: boolean;
  rootIgnore: boolean;
  noVersionCheck: boolean;
}

const FLAG_ONLY = new Set(['--user', '--no-deps', '--force-reinstall', '--no-compile', '--pre', '--no-warn-script-location', '--break-system-packages', '--ignore-installed', '-I']);
const WITH_VALUE = new Set(['-i', '--index-url', '--extra-index-url', '--trusted-host', '-c', '--constraint', '--target', '-t', '--prefix', '--progress-bar', '--timeout', '--retries']);

function truthy(v: string | undefined): boolean {
  return v !== undefined && /^(1|true|yes|on)$/i.test(v);
}

function parseInstall(args: string[], env: Record<string, string>): InstallOpts | { bad: string } {
  const o: InstallOpts = {
    reqLines: [],
    files: [],
    upgrade: false,
    noCache: truthy(env.PIP_NO_CACHE_DIR) || env.PIP_NO_CACHE_DIR === 'off',
    quiet: false,
    rootIgnore: env.PIP_ROOT_USER_ACTION === 'ignore',
    noVersionCheck: truthy(env.PIP_DISABLE_PIP_VERSION_CHECK),
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [name, inline] = a.startsWith('--') ? (a.split(/=(.*)/s, 2) as [string, string | undefined]) : [a, undefined];
    if (name === '-r' || name === '--requirement') {
      const v = inline ?? args[++i];
      if (v !== undefined) o.files.push(v);
    } else if (/^-r./.test(a)) o.files.push(a.slice(2));
    else if (name === '-U' || name === '--upgrade') o.upgrade = true;
    else if (name === '--no-cache-dir') o.noCache = true;
    else if (name === '-q' || name === '--quiet' || name === '-qq') o.quiet = true;
    else if (name === '--root-user-action') o.rootIgnore = (inline ?? args[++i]) === 'ignore';
    else if (name === '--disable-pip-version-check') o.noVersionCheck = true;
    else if (FLAG_ONLY.has(name)) continue;
    else if (WITH_VALUE.has(name)) {
      if (inline === undefined) i++;
    } else if (a.startsWith('-')) return { bad: name };
    else o.reqLines.push({ raw: a });
  }
  return o;
}

/**
 * What pip leaves in /root/.cache/pip: every download in its HTTP cache, and pip 9's wheels built
 * from sdists. This is why `--no-cache-dir` makes an image's pip layer smaller.
 */
function cacheFiles(order: PlanNode[], py: PyEnv, legacy: boolean): PkgFile[] {
  const files: PkgFile[] = [];
  for (const n of order) {
    const file = distFile(n.dist!, py.cp);
    const h = fakeSha256(`pip-http:${file}`);
    const dir = legacy ? 'http' : 'http-v2';
    files.push({ path: `/root/.cache/pip/${dir}/${h[0]}/${h[1]}/${h[2]}/${h[3]}/${h[4]}/${h.slice(5, 56)}`, size: n.dist!.download, mode: 0o600 });
    if (legacy && isSdist(n.dist!)) files.push({ path: `${wheelDir(n)}/${file.split('-')[0]}-${n.dist!.version}-py3-none-any.whl`, size: n.dist!.download, mode: 0o644 });
  }
  return files;
}

export function pipInstall(cx: CommandContext, systemPy: PyEnv, args: string[]): number {
  const rt = runtimeOf(cx);
  const legacy = systemPy.pipMajor < 20;
  const user = cx.frame.user || 'root';
  const isRoot = user === 'root' || user === '0';
  const py = !legacy && !isRoot ? userInstallEnv(systemPy, cx.frame.env.HOME || `/home/${user}`) : systemPy;
  const o = parseInstall(args, cx.frame.env);
  if ('bad' in o) {
    cx.err(`\nUsage:   \n  pip install [options] <requirement specifier> [package-index-options] ...\n  pip install [options] -r <requirements file> [package-index-options] ...\n  pip install [options] [-e] <vcs project url> ...\n  pip install [options] [-e] <local project path> ...\n  pip install [options] <archive url/path> ...\n\nno such option: ${o.bad}\n`);
    return 2;
  }
  const read = (p: string) => {
    try {
      return rt.vfs.readFile(resolvePath(cx.frame.cwd, p));
    } catch {
      return undefined;
    }
  };
  const lines: ReqLine[] = [...o.reqLines];
  for (const f of o.files) {
    const r = readRequirementsFile(f, read);
    if ('missing' in r) {
      cx.err(`${legacy ? '' : 'ERROR: '}Could not open requirements file: [Errno 2] No such file or directory: '${r.missing}'\n`);
      return 1;
    }
    lines.push(...r);
  }
  if (lines.length === 0) {
    cx.err(`${legacy ? '' : 'ERROR: '}You must give at least one requirement to install (see "pip help install")\n`);
    return 1;
  }
  const wanted: { req: PyReq; from?: string }[] = [];
  for (const l of lines) {
    const req = parseReq(l.raw);
    if (!req) {
      cx.err(legacy ? `Invalid requirement: '${l.raw}'\n` : `ERROR: Invalid requirement: '${l.raw}'\n`);
      return 1;
    }
    wanted.push({ req, ...(l.from ? { from: l.from } : {}) });
  }
  const installed = installedDists(rt.vfs, py);
  const res = resolve(py.era, py.mm, wanted, installed, o.upgrade, !legacy);
  const order = legacy ? legacyInstallOrder(res.nodes) : resolverInstallOrder(res.nodes);
  const net = res.nodes.some((n) => n.dist) || res.missing ? reachMirror(cx, legacy && py.pipMajor < 10 ? 'pypi.python.org' : 'pypi.org') : 'ok';
  const latestPip = findDist(py.era, 'pip')!.version;
  const tl = new Timeline();
  if (py.systemSite) tl.out('Defaulting to user installation because normal site-packages is not writeable\n');
  const run: InstallRun = {
    py,
    res,
    order,
    tl,
    tty: cx.isTty,
    noCache: o.noCache,
    upgrade: o.upgrade,
    net,
    addr: () => pyObjectAddress(cx),
    warnRoot: !legacy && isRoot && !o.rootIgnore,
    ...(net === 'ok' && !o.noVersionCheck && versionLess(py.pipVersion, latestPip) && !order.some((n) => n.key === 'pip') ? { newerPip: latestPip } : {}),
  };
  const code = legacy ? legacyInstall(run) : modernInstall(run);
  if (legacy && code === 0 && run.newerPip) {
    tl.err(`You are using pip version ${py.pipVersion}, however version ${run.newerPip} is available.\nYou should consider upgrading via the 'pip install --upgrade pip' command.\n`);
  }
  if (o.quiet) tl.chunks.splice(0, tl.chunks.length, ...tl.chunks.filter((c) => c.stream === 'stderr'));
  let effect: PkgEffect | undefined;
  if (code === 0 && order.length > 0 && cx.frame.containerId) {
    effect = {
      host: cx.host,
      containerId: cx.frame.containerId,
      remove: order.flatMap((n) => (n.installed ? installedPaths(rt.vfs, py, n.installed) : [])),
      files: [
        ...order.flatMap((n) => distFiles(n.dist!, distFile(n.dist!, py.cp), py, legacy && o.noCache && isSdist(n.dist!))),
        ...(o.noCache ? [] : cacheFiles(order, py, legacy)),
      ],
    };
  }
  return playTimeline(cx, tl, code, effect);
}
