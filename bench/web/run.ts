// `npm run bench:web`: the browser app's size and speed in headless Chromium, median of 5 runs.
//  - initial JavaScript: the gzip size of every .js file the page loaded before the first prompt
//    (gzip measured here from the built files);
//  - first prompt: navigation start to the prompt visible in the terminal rows;
//  - first command: navigation start to the output of a line typed and entered the moment the
//    prompt shows (the shell loads after the first prompt; such a line waits for it);
//  - keypress to echo: a key's event timestamp to the terminal rows showing it, and to the end of
//    the frame that paints it.
// Builds into a temporary folder, so it never disturbs dist/ that the e2e server builds.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { WATCH_FIRST_PROMPT, watchAnswer, watchKeyEcho } from './pageProbes';

const RUNS = 5;
const CHROMIUM = '/usr/bin/chromium';
const TYPED = 'echo keypress-latency';
const FIRST_LINE = 'echo first-answer';
const root = join(import.meta.dirname, '..', '..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

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

interface RunFigures {
  jsGzipBytes: number;
  jsFiles: string[];
  firstPromptMs: number;
  firstCommandMs: number;
  enterToAnswerMs: number;
  echoDomMs: number;
  echoFrameMs: number;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'pathshala-bench-'));
  const dist = join(work, 'dist');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', dist, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
  const port = await freePort();
  // serve.mjs serves ./dist of its working directory.
  const server = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs'), '--port', String(port)], { cwd: work, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const gzipOf = new Map<string, number>();
  const gzipSize = (path: string) => {
    if (!gzipOf.has(path)) gzipOf.set(path, gzipSync(readFileSync(join(dist, path))).length);
    return gzipOf.get(path)!;
  };
  try {
    await waitForServer(url);
    const runs: RunFigures[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A fresh context each time: empty cache and storage, as a first visit.
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
      const page = await context.newPage();
      await page.addInitScript({ content: WATCH_FIRST_PROMPT });
      await page.goto(url);
      await page.waitForFunction('window.__benchPromptAt !== undefined', null, { timeout: 10_000 });
      const { promptAt, scripts } = (await page.evaluate(`(() => {
        const promptAt = window.__benchPromptAt;
        const scripts = performance.getEntriesByType('resource')
          .filter((e) => e.startTime <= promptAt && new URL(e.name).pathname.endsWith('.js'))
          .map((e) => new URL(e.name).pathname);
        return { promptAt, scripts };
      })()`)) as { promptAt: number; scripts: string[] };
      const jsFiles = scripts.map((p) => p.replace(/^\//, ''));
      await page.locator('.xterm').click();
      await page.keyboard.type(FIRST_LINE);
      await page.keyboard.press('Enter');
      await page.waitForFunction(watchAnswer(FIRST_LINE.slice(5)), null, { timeout: 10_000, polling: 'raf' });
      const firstCommandMs = (await page.evaluate('window.__benchAnswerAt')) as number;
      const enterToAnswerMs = firstCommandMs - ((await page.evaluate('window.__benchEnterAt')) as number);
      // An empty screen again, so the echo probe below sees only the keys it types.
      await page.keyboard.type('clear');
      await page.keyboard.press('Enter');
      await page.waitForFunction(watchAnswer('docker@default:~$'), null, { timeout: 10_000 });
      await page.evaluate(watchKeyEcho(TYPED));
      await page.keyboard.type(TYPED, { delay: 60 });
      await page.waitForFunction(`window.__benchEcho.frame.length >= ${TYPED.length}`, null, { timeout: 10_000 });
      const echo = (await page.evaluate('window.__benchEcho')) as { dom: number[]; frame: number[] };
      runs.push({
        jsGzipBytes: jsFiles.reduce((sum, f) => sum + gzipSize(f), 0),
        jsFiles,
        firstPromptMs: promptAt,
        firstCommandMs,
        enterToAnswerMs,
        echoDomMs: median(echo.dom),
        echoFrameMs: median(echo.frame),
      });
      await context.close();
    }
    report(runs);
  } finally {
    await browser.close();
    server.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

function report(runs: RunFigures[]): void {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const js = median(runs.map((r) => r.jsGzipBytes));
  const prompt = median(runs.map((r) => r.firstPromptMs));
  const command = median(runs.map((r) => r.firstCommandMs));
  const enter = median(runs.map((r) => r.enterToAnswerMs));
  const dom = median(runs.map((r) => r.echoDomMs));
  const frame = median(runs.map((r) => r.echoFrameMs));
  const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER');
  console.log(`web benchmark, headless Chromium, median of ${runs.length} runs (1366×768, fresh profile each):`);
  console.log(`  initial JavaScript     ${kb(js)} gzip  (target ≤ 300 kB: ${verdict(js <= 300_000)})  [${runs[0].jsFiles.join(', ')}]`);
  console.log(`  first prompt visible   ${ms(prompt)}  (target ≤ 1000 ms: ${verdict(prompt <= 1000)})`);
  console.log(`  first command answered ${ms(command)}  (\`${FIRST_LINE}\` typed as the prompt shows; ${ms(enter)} after its Enter)`);
  console.log(`  keypress → rows show   ${ms(dom)}  (median over ${TYPED.length} keys)`);
  console.log(`  keypress → painted     ${ms(frame)}  (target within one frame, ~16.7 ms: ${verdict(frame <= 16.7)})`);
  console.log(`  per run: first prompt ${runs.map((r) => Math.round(r.firstPromptMs)).join(' / ')} ms; first command ${runs.map((r) => Math.round(r.firstCommandMs)).join(' / ')} ms; echo frame ${runs.map((r) => r.echoFrameMs.toFixed(1)).join(' / ')} ms`);
}

await main();
