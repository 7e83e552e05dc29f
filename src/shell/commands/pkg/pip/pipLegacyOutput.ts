// pip 9 and 10 (the classic images): `Collecting X (from …)` with the download under it, the
// sdists built into the wheel cache (or installed by setup.py without a cache), then the installs.
// Download lines show the size only above 40 kB; pip 10 shows the whole files.pythonhosted.org URL.
import { fakeSha256 } from '../../../../engine/hub/fakeSha256';
import { distFile, isSdist } from './pyIndex';
import type { PlanNode } from './pipResolve';
import { formatSizeLegacy, legacyBar } from './pipFormat';
import { BYTES_PER_MS, firstIndexNode, LATENCY_MS, reqAt, simpleName, withFrom, type InstallRun } from './pipInstallTypes';

function downloadUrl(run: InstallRun, node: PlanNode, file: string): string {
  if (run.py.pipMajor < 10) return file;
  const h = fakeSha256(`pypi:${file}`);
  const blob = node.dist!.blob ?? `${h.slice(0, 2)}/${h.slice(2, 4)}/${h.slice(4, 64)}`;
  return `https://files.pythonhosted.org/packages/${blob}/${file}`;
}

/** Where pip 9 stores the wheel it built from an sdist (the cache `--no-cache-dir` avoids). */
export function wheelDir(node: PlanNode): string {
  if (node.dist!.wheelDir) return node.dist!.wheelDir;
  const h = fakeSha256(`wheel:${node.dist!.file}`);
  return `/root/.cache/pip/wheels/${h.slice(0, 2)}/${h.slice(2, 4)}/${h.slice(4, 6)}/${h.slice(6, 56)}`;
}

function networkFailure(run: InstallRun, i: number): number {
  const { tl } = run;
  const { req, from } = reqAt(run, i);
  const index = run.py.pipMajor >= 10 ? 'pypi.org' : 'pypi.python.org';
  tl.out(`Collecting ${withFrom(req, from)}\n`);
  for (let total = 4; total >= 0; total--) {
    const conn = `<pip._vendor.urllib3.connection.VerifiedHTTPSConnection object at ${run.addr()}>`;
    const cause =
      run.net === 'dns'
        ? `NewConnectionError('${conn}: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution',)`
        : `ConnectTimeoutError(${conn}, 'Connection to ${index} timed out. (connect timeout=15)')`;
    if (run.net === 'timeout') tl.wait(15_000);
    tl.err(`  Retrying (Retry(total=${total}, connect=None, read=None, redirect=None, status=None)) after connection broken by '${cause}': /simple/${simpleName(req.name)}/\n`);
    tl.wait(total === 4 ? 0 : 250 * 2 ** (4 - total));
  }
  if (run.net === 'timeout') tl.wait(15_000);
  return notFound(run, i);
}

function notFound(run: InstallRun, i: number): number {
  const { req, from } = reqAt(run, i);
  run.tl.err(`  Could not find a version that satisfies the requirement ${withFrom(req, from)} (from versions: )\n`);
  run.tl.err(`No matching distribution found for ${withFrom(req, from)}\n`);
  return 1;
}

export function legacyInstall(run: InstallRun): number {
  const { tl, py, res } = run;
  const era = py.era;
  const netAt = firstIndexNode(run);
  for (let i = 0; i < res.nodes.length; i++) {
    if (i === netAt && run.net !== 'ok') return networkFailure(run, i);
    const n = res.nodes[i];
    if (!n.dist) {
      const how = run.upgrade && n.top ? 'up-to-date' : 'satisfied';
      tl.out(`Requirement already ${how}: ${n.req.text} in ${py.site}${n.from ? ` (from ${n.from})` : ''}\n`);
      continue;
    }
    tl.out(`Collecting ${withFrom(n.req, n.from)}\n`).wait(LATENCY_MS[era]);
    const file = distFile(n.dist, py.cp);
    const size = n.dist.download;
    const shown = size > 40_000;
    tl.out(`  Downloading ${downloadUrl(run, n, file)}${shown ? ` (${formatSizeLegacy(size)})` : ''}\n`);
    const ms = size / BYTES_PER_MS[era];
    tl.wait(ms);
    if (shown && run.tty) tl.out(legacyBar(size, (size / Math.max(ms, 1)) * 1000));
  }
  if (res.missing) {
    if (netAt === res.nodes.length && run.net !== 'ok') return networkFailure(run, netAt);
    tl.out(`Collecting ${withFrom(res.missing.req, res.missing.from)}\n`).wait(LATENCY_MS[era]);
    return notFound(run, res.nodes.length);
  }
  const sdists = res.nodes.filter((n) => n.dist && isSdist(n.dist));
  if (sdists.length > 0 && !run.noCache) {
    tl.out(`Building wheels for collected packages: ${sdists.map((n) => n.req.name).join(', ')}\n`);
    for (const n of sdists) {
      tl.out(`  Running setup.py bdist_wheel for ${n.req.name}: started\n`).wait(1_400);
      tl.out(`  Running setup.py bdist_wheel for ${n.req.name}: finished with status 'done'\n`);
      tl.out(`  Stored in directory: ${wheelDir(n)}\n`);
    }
    tl.out(`Successfully built ${sdists.map((n) => n.req.name).join(' ')}\n`);
  }
  if (run.order.length === 0) return 0;
  tl.out(`Installing collected packages: ${run.order.map((n) => n.req.name).join(', ')}\n`);
  for (const n of run.order) {
    if (n.installed) {
      tl.out(`  Found existing installation: ${n.installed.name} ${n.installed.version}\n`);
      tl.out(`    Uninstalling ${n.installed.name}-${n.installed.version}:\n`).wait(200);
      tl.out(`      Successfully uninstalled ${n.installed.name}-${n.installed.version}\n`);
    }
    if (run.noCache && isSdist(n.dist!)) {
      tl.out(`  Running setup.py install for ${n.req.name}: started\n`).wait(1_200);
      tl.out(`    Running setup.py install for ${n.req.name}: finished with status 'done'\n`);
    }
    tl.wait(150 + n.dist!.installed / 60_000);
  }
  const sorted = [...run.order].sort((a, b) => (a.req.name < b.req.name ? -1 : a.req.name > b.req.name ? 1 : 0));
  tl.out(`Successfully installed ${sorted.map((n) => `${n.req.name}-${n.dist!.version}`).join(' ')}\n`);
  return 0;
}
