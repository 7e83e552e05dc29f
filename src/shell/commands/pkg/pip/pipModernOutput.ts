// pip 20.3+ (the current images' pip 25): the resolver collects each project by fetching only its
// wheel's metadata (`Downloading X.whl.metadata`), then downloads the wheels unindented, installs
// in its weighted order with canonical names, and warns about root and about a newer pip.
import { canonicalName, distFile } from './pyIndex';
import { parseReq } from './pipResolve';
import { formatSize, richBar } from './pipFormat';
import { BYTES_PER_MS, firstIndexNode, LATENCY_MS, reqAt, simpleName, withFrom, type InstallRun } from './pipInstallTypes';

export const ROOT_WARNING =
  "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager, possibly rendering your system unusable. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the --root-user-action option if you know what you are doing and want to suppress this warning.\n";

export function pipNotice(current: string, latest: string): string {
  return `\n[notice] A new release of pip is available: ${current} -> ${latest}\n[notice] To update, run: pip install --upgrade pip\n`;
}

/** The resolver names the parent project, not the chain: `foo (from flask)`. */
function notFound(run: InstallRun, i: number): number {
  const { req, from } = reqAt(run, i);
  const parent = from && !from.startsWith('-r ') ? parseReq(from.split('->')[0]) : undefined;
  const disp = parent ? `${req.text} (from ${canonicalName(parent.name)})` : req.text;
  run.tl.err(`ERROR: Could not find a version that satisfies the requirement ${disp} (from versions: none)\n`);
  run.tl.err(`ERROR: No matching distribution found for ${req.text}\n`);
  return 1;
}

function networkFailure(run: InstallRun, i: number): number {
  const { tl } = run;
  const { req } = reqAt(run, i);
  for (let total = 4; total >= 0; total--) {
    const conn = `<pip._vendor.urllib3.connection.HTTPSConnection object at ${run.addr()}>`;
    const cause =
      run.net === 'dns'
        ? `NewConnectionError('${conn}: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')`
        : `ConnectTimeoutError(${conn}, 'Connection to pypi.org timed out. (connect timeout=15)')`;
    if (run.net === 'timeout') tl.wait(15_000);
    tl.err(`WARNING: Retrying (Retry(total=${total}, connect=None, read=None, redirect=None, status=None)) after connection broken by '${cause}': /simple/${simpleName(req.name)}/\n`);
    tl.wait(total === 4 ? 0 : 250 * 2 ** (4 - total));
  }
  if (run.net === 'timeout') tl.wait(15_000);
  return notFound(run, i);
}

function collect(run: InstallRun): number | undefined {
  const { tl, py, res } = run;
  const netAt = firstIndexNode(run);
  for (let i = 0; i < res.nodes.length; i++) {
    if (i === netAt && run.net !== 'ok') return networkFailure(run, i);
    const n = res.nodes[i];
    if (!n.dist) {
      tl.out(`Requirement already satisfied: ${n.req.text} in ${py.site}${n.from ? ` (from ${n.from})` : ''} (${n.installed!.version})\n`);
      continue;
    }
    tl.out(`Collecting ${withFrom(n.req, n.from)}\n`).wait(LATENCY_MS.current);
    tl.out(`  Downloading ${distFile(n.dist, py.cp)}.metadata (${formatSize(n.dist.meta ?? 2_000)})\n`).wait(LATENCY_MS.current);
  }
  if (res.missing) {
    if (netAt === res.nodes.length && run.net !== 'ok') return networkFailure(run, netAt);
    tl.wait(LATENCY_MS.current);
    return notFound(run, res.nodes.length);
  }
  return undefined;
}

export function modernInstall(run: InstallRun): number {
  const { tl, py, res } = run;
  const failed = collect(run);
  if (failed !== undefined) {
    // The self-check runs in a `finally`: it still speaks after an error, when the index answered.
    if (run.net === 'ok' && run.newerPip) tl.err(pipNotice(py.pipVersion, run.newerPip));
    return failed;
  }
  const byKey = new Map(res.nodes.map((n) => [n.key, n]));
  for (const key of res.pinned) {
    const n = byKey.get(key)!;
    if (!n.dist) continue;
    const size = n.dist.download;
    tl.out(`Downloading ${distFile(n.dist, py.cp)} (${formatSize(size)})\n`);
    const ms = size / BYTES_PER_MS.current;
    tl.wait(ms);
    if (run.tty && size > 512 * 1024) tl.out(richBar(size, (size / Math.max(ms, 1)) * 1000));
  }
  if (run.order.length > 0) {
    tl.out(`Installing collected packages: ${run.order.map((n) => n.key).join(', ')}\n`);
    for (const n of run.order) {
      if (n.installed) {
        tl.out(`  Attempting uninstall: ${n.key}\n    Found existing installation: ${n.installed.name} ${n.installed.version}\n`);
        tl.out(`    Uninstalling ${n.installed.name}-${n.installed.version}:\n`).wait(200);
        tl.out(`      Successfully uninstalled ${n.installed.name}-${n.installed.version}\n`);
      }
      tl.wait(120 + n.dist!.installed / 150_000);
      const scripts = Object.keys(n.dist!.bins ?? {});
      // ~/.local/bin is not on the PATH of a user the image created.
      if (py.systemSite && scripts.length > 0) {
        const which = scripts.length === 1 ? `script ${scripts[0]} is` : `scripts ${scripts.slice(0, -1).join(', ')} and ${scripts[scripts.length - 1]} are`;
        tl.err(`  WARNING: The ${which} installed in '${py.binDir}' which is not on PATH.\n  Consider adding this directory to PATH or, if you prefer to suppress this warning, use --no-warn-script-location.\n`);
      }
    }
    const sorted = [...run.order].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    tl.out(`Successfully installed ${sorted.map((n) => `${n.key}-${n.dist!.version}`).join(' ')}\n`);
  }
  if (run.warnRoot) tl.err(ROOT_WARNING);
  if (run.newerPip) tl.wait(300).err(pipNotice(py.pipVersion, run.newerPip));
  return 0;
}
