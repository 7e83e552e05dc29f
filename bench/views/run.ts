// `npm run bench:views`: the views at scale. In node, each view's layout over worlds of 50 and
// 1,000 containers; in headless Chromium (1366×768), with 1,000 containers made in the terminal:
// pan and zoom frame rate per view, how long a view takes to appear on its tab, and how long a
// docker run takes to show in the machine view.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { layoutTimes } from './layoutTimes';
import { panZoomProbe, waitForSelectorProbe } from './pageProbes';
import { swarmLayoutTimes } from './swarmTimes';

const CONTAINERS = 1000;
const CHROMIUM = '/usr/bin/chromium';
const root = join(import.meta.dirname, '..', '..');
// The machine tab is open at first: it is measured last, switching back to it.
const TABS = [
  ['images', 'ইমেজ ও লেয়ার'],
  ['network', 'নেটওয়ার্ক'],
  ['machine', 'মেশিন'],
] as const;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

async function type(page: Page, line: string, timeout: number): Promise<void> {
  await page.locator('.xterm').click();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  // The prompt is back when the last buffer line ends with `$ `.
  await page.waitForFunction(`(window.pathshalaTerminal?.readText() ?? '').trimEnd().endsWith('$')`, null, { timeout });
}

/** Installs the probe (and starts its clock) before the action it times. */
async function startProbe(page: Page, selector: string): Promise<void> {
  await page.evaluate(`window.__viewsProbe = ${waitForSelectorProbe(selector)}; 0`);
}

async function probeResult(page: Page): Promise<number> {
  return (await page.evaluate('window.__viewsProbe')) as number;
}

async function browserFigures(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'pathshala-views-bench-'));
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', join(work, 'dist'), '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
  const port = await freePort();
  const server = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs'), '--port', String(port)], { cwd: work, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    await waitForServer(url);
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true })).newPage();
    await page.goto(url);
    await page.waitForFunction(`(window.pathshalaTerminal?.readText() ?? '').trimEnd().endsWith('$')`);
    // A wide terminal, so the loop is typed on one line.
    await page.locator('[data-panel="lesson"] .panel-toggle').click();
    await type(page, 'docker pull busybox', 30_000);
    const views = page.locator('[data-panel="views"]');
    // 60 containers: the most the machine view draws box by box; then 1,000, drawn as counts.
    let made = 0;
    for (const target of [60, CONTAINERS]) {
      const t0 = Date.now();
      await type(page, `for i in $(seq ${target - made}); do docker run -d busybox sleep 1000 >/dev/null; done`, 300_000);
      console.log(`  ${target - made} × docker run -d typed in the terminal: ${((Date.now() - t0) / 1000).toFixed(1)} s; now ${target} containers`);
      made = target;
      for (const [id, tab] of TABS) {
        await startProbe(page, `[data-view="${id}"] svg [data-node-id]`);
        await views.getByRole('tab', { name: tab }).click();
        const shownMs = await probeResult(page);
        await page.waitForTimeout(500);
        const fig = (await page.evaluate(panZoomProbe(3000))) as { fps: number; worstMs: number; elements: number };
        console.log(`    ${id.padEnd(8)} tab → drawn ${shownMs.toFixed(0).padStart(5)} ms; pan+zoom ${fig.fps.toFixed(1)} fps (longest frame ${fig.worstMs.toFixed(1)} ms, ${fig.elements} SVG elements)`);
      }
    }
    const before = await views.locator('.pv-node.kind-aggregate').evaluateAll((els) => els.map((e) => e.getAttribute('data-label')).join(', '));
    console.log(`  machine view before: ${before}`);
    await page.locator('.xterm').click();
    await page.keyboard.type('docker run -d busybox sleep 1000');
    await startProbe(page, `[data-label="busybox × ${CONTAINERS + 1}টি কন্টেইনার"]`);
    await page.keyboard.press('Enter');
    console.log(`  docker run -d → machine view shows ${CONTAINERS + 1}: ${(await probeResult(page)).toFixed(0)} ms`);
  } finally {
    await browser.close();
    server.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

console.log('views benchmark');
console.log('layout in node (median of 15):');
for (const f of layoutTimes([50, CONTAINERS])) {
  console.log(`  ${f.view.padEnd(8)} ${String(f.containers).padStart(5)} containers: ${f.medianMs.toFixed(2).padStart(7)} ms, ${f.elements} elements${f.aggregated ? ' (aggregated)' : ''}`);
}
console.log('swarm layout in node (5 nodes, 3 services; first = grouping a new task table, then median of 15):');
for (const f of swarmLayoutTimes([100, 100_000])) {
  console.log(`  swarm    ${String(f.tasks).padStart(6)} tasks: first ${f.firstMs.toFixed(1).padStart(6)} ms, then ${f.medianMs.toFixed(2).padStart(6)} ms, ${f.elements} elements${f.aggregated ? ' (aggregated)' : ''}`);
}
console.log(`headless Chromium, 1366×768, ${CONTAINERS} containers:`);
await browserFigures();
