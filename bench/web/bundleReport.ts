// `npm run bench:bundle`: what the browser's JavaScript is made of. Builds with source maps into a
// temporary folder, splits every chunk's minified bytes among the sources they came from, and
// prints the initial chunks (those index.html loads before any dynamic import) and the top
// contributors by folder and by module.
// A source's gzip figure is its share of its chunk's gzip size, in proportion to its minified
// bytes (gzip works across module boundaries, so a module has no gzip size of its own).
// Options: --dist DIR reads an existing build (made with --sourcemap --manifest) instead;
//          --top N rows per table (default 25); --depth N folder levels under src/ (default 3).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bytesPerSource, UNMAPPED, type SourceMapV3 } from './sourceMapSpans';
import { groupOf, initialChunks, type Manifest } from './bundleGroups';

const root = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const TOP = Number(option('--top') ?? 25);
const DEPTH = Number(option('--depth') ?? 3);

interface Contribution {
  source: string;
  chunk: string;
  minBytes: number;
  gzipBytes: number;
}

function analyse(dist: string): { chunks: Map<string, { min: number; gzip: number }>; parts: Contribution[]; initial: Set<string> } {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const initial = initialChunks(manifest);
  const chunks = new Map<string, { min: number; gzip: number }>();
  const parts: Contribution[] = [];
  for (const entry of Object.values(manifest)) {
    const file = entry.file;
    if (!file.endsWith('.js') || chunks.has(file)) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    const min = Buffer.byteLength(code);
    const gzip = gzipSync(code).length;
    chunks.set(file, { min, gzip });
    let map: SourceMapV3;
    try {
      map = JSON.parse(readFileSync(join(dist, file + '.map'), 'utf8')) as SourceMapV3;
    } catch {
      parts.push({ source: UNMAPPED, chunk: file, minBytes: min, gzipBytes: gzip });
      continue;
    }
    const mapDir = dirname(join(dist, file));
    for (const [source, bytes] of bytesPerSource(code, map)) {
      const path = source === UNMAPPED ? UNMAPPED : relative(root, resolve(mapDir, map.sourceRoot ?? '', source));
      parts.push({ source: path, chunk: file, minBytes: bytes, gzipBytes: (gzip * bytes) / min });
    }
  }
  return { chunks, parts, initial };
}

function table(title: string, rows: [string, number, number][], total: number): void {
  const kb = (b: number) => (b / 1000).toFixed(1).padStart(8);
  console.log(`\n${title}`);
  console.log(`  ${'min kB'.padStart(8)} ${'gzip kB'.padStart(8)}  ${'share'.padStart(6)}  what`);
  for (const [name, min, gzip] of rows.slice(0, TOP)) {
    console.log(`  ${kb(min)} ${kb(gzip)}  ${((100 * gzip) / total).toFixed(1).padStart(5)}%  ${name}`);
  }
  if (rows.length > TOP) {
    const rest = rows.slice(TOP);
    const min = rest.reduce((s, r) => s + r[1], 0);
    const gzip = rest.reduce((s, r) => s + r[2], 0);
    console.log(`  ${kb(min)} ${kb(gzip)}  ${((100 * gzip) / total).toFixed(1).padStart(5)}%  (${rest.length} more)`);
  }
}

function sum(parts: Contribution[], key: (c: Contribution) => string): [string, number, number][] {
  const totals = new Map<string, [number, number]>();
  for (const p of parts) {
    const k = key(p);
    const t = totals.get(k) ?? [0, 0];
    t[0] += p.minBytes;
    t[1] += p.gzipBytes;
    totals.set(k, t);
  }
  return [...totals].map(([k, [min, gzip]]) => [k, min, gzip] as [string, number, number]).sort((a, b) => b[2] - a[2]);
}

function main(): void {
  let dist = option('--dist');
  let work: string | undefined;
  if (!dist) {
    work = mkdtempSync(join(tmpdir(), 'pathshala-bundle-'));
    dist = join(work, 'dist');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', dist, '--emptyOutDir', '--sourcemap', '--manifest'], { cwd: root, stdio: 'inherit' });
  }
  try {
    const { chunks, parts, initial } = analyse(dist);
    const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
    const initialGzip = [...initial].reduce((s, f) => s + (chunks.get(f)?.gzip ?? 0), 0);
    const allGzip = [...chunks.values()].reduce((s, c) => s + c.gzip, 0);
    console.log(`initial JavaScript (index.html's chunks and their static imports): ${kb(initialGzip)} gzip`);
    for (const f of initial) console.log(`  ${f}  ${kb(chunks.get(f)!.min)} min, ${kb(chunks.get(f)!.gzip)} gzip`);
    console.log(`all JavaScript: ${kb(allGzip)} gzip in ${chunks.size} chunks`);
    const first = parts.filter((p) => initial.has(p.chunk));
    table('initial chunks by folder', sum(first, (p) => groupOf(p.source, DEPTH)), initialGzip);
    table('initial chunks by module', sum(first, (p) => p.source), initialGzip);
    table('lazy chunks', sum(parts.filter((p) => !initial.has(p.chunk)), (p) => p.chunk), allGzip);
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
}

main();
