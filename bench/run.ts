// `npm run bench`: speed and size of the engine + shell, measured through the same runLine the
// terminal uses. Figures go into the closing notes; targets come from the foundation issue.
import { performance } from 'node:perf_hooks';
import { createWorld } from '../src/engine/createWorld';
import type { World } from '../src/engine/world';
import { advance, jobEndsAt, runLine } from '../src/shell';
import { listContainerRecords } from '../src/engine/tables/containerTable';

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function run(world: World, line: string): { world: World; ms: number; exitCode: number } {
  const t0 = performance.now();
  const o = runLine(world, 't1', line);
  const ms = performance.now() - t0;
  // A measured line must not leave a foreground job behind: later lines would be refused.
  if (o.running) throw new Error(`${line} left a foreground job running`);
  return { world: o.world, ms, exitCode: o.exitCode };
}

/** Types a line that may run as a job (a pull on a TTY) and lets the job run to its end. */
function settle(world: World, line: string): World {
  let o = runLine(world, 't1', line);
  while (o.running) {
    const end = jobEndsAt(o.world, 't1');
    o = advance(o.world, 't1', end === undefined ? 1000 : Math.max(1, end - o.world.now));
  }
  if (o.exitCode !== 0) throw new Error(`${line} failed`);
  return o.world;
}

function fill(count: number): { world: World; ms: number } {
  let world = createWorld();
  world = settle(world, 'docker pull busybox');
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const r = run(world, 'docker run -d busybox sleep 100000');
    if (r.exitCode !== 0) throw new Error(`docker run failed at ${i}`);
    world = r.world;
  }
  return { world, ms: performance.now() - t0 };
}

function latency(world: World, line: (i: number) => string, n = 200, warmup = 20): { p50: number; p95: number } {
  // Steady-state latency: the first runs of a command compile its code paths (JIT), which a
  // student pays once per session, not per command.
  for (let i = 0; i < warmup; i++) run(world, line(i));
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = run(world, line(i));
    if (r.exitCode !== 0) throw new Error(`${line(i)} failed`);
    samples.push(r.ms);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

const thousand = fill(1000);
const names = listContainerRecords(thousand.world.hosts.default.daemon).map((c) => c.name);
const ps = latency(thousand.world, () => 'docker ps');
const inspect = latency(thousand.world, (i) => `docker inspect ${names[i % names.length]}`);
const runD = latency(thousand.world, () => 'docker run -d busybox sleep 100000');
console.log('world of 1,000 containers:');
console.log(`  docker ps        p50 ${fmt(ps.p50)}  p95 ${fmt(ps.p95)}  (target p95 < 2 ms)`);
console.log(`  docker run -d    p50 ${fmt(runD.p50)}  p95 ${fmt(runD.p95)}  (target p95 < 2 ms)`);
console.log(`  docker inspect   p50 ${fmt(inspect.p50)}  p95 ${fmt(inspect.p95)}  (target p95 < 2 ms)`);

const tenThousand = fill(10_000);
const json = JSON.stringify(tenThousand.world);
console.log(`10,000 docker run -d: ${(tenThousand.ms / 1000).toFixed(2)} s  (target < 5 s)`);
console.log(`world JSON: ${(json.length / 1e6).toFixed(2)} MB, ${(json.length / 10_000).toFixed(0)} bytes per container`);
