// `npm run bench:db` (BENCH_DIST=<a vite build> adds the worker chunk): what PGlite costs. Its browser assets (raw and gzip, all lazy), the Node
// driver's cold start, first and warm statement latency, resident memory, a log replay (a reload
// rebuilding a session's data) and a \c (instant with a schema per database).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { createLogSyncedDriver, type ProtocolMessage } from '../../src/engine/db/driverCore';
import type { PgLogEntry } from '../../src/engine/db/pgCluster';

const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function assets(): void {
  const dir = join(process.cwd(), 'node_modules/@electric-sql/pglite/dist');
  let raw = 0;
  let gz = 0;
  for (const f of ['pglite.wasm', 'pglite.data', 'initdb.wasm']) {
    const bytes = readFileSync(join(dir, f));
    const z = gzipSync(bytes).length;
    raw += bytes.length;
    gz += z;
    console.log(`asset ${f.padEnd(12)} ${mb(bytes.length).padStart(8)} raw, ${mb(z).padStart(7)} gzip`);
  }
  const dist = process.env.BENCH_DIST;
  if (dist) {
    // The newest build's worker (a reused dist may hold older ones).
    const workers = readdirSync(join(dist, 'assets')).filter((n) => /^pgliteWorker-.*\.js$/.test(n));
    workers.sort((a, b) => statSync(join(dist, 'assets', b)).mtimeMs - statSync(join(dist, 'assets', a)).mtimeMs);
    for (const f of workers.slice(0, 1)) {
      const bytes = readFileSync(join(dist, 'assets', f));
      raw += bytes.length;
      gz += gzipSync(bytes).length;
      console.log(`asset worker JS    ${kb(bytes.length).padStart(8)} raw, ${kb(gzipSync(bytes).length).padStart(7)} gzip`);
    }
  }
  console.log(`assets total       ${mb(raw).padStart(8)} raw, ${mb(gz).padStart(7)} gzip (none in the initial bundle)`);
}

async function node(): Promise<void> {
  const rss0 = process.memoryUsage().rss;
  let t = performance.now();
  const { PGlite, protocol } = await import('@electric-sql/pglite');
  const pg = await PGlite.create();
  const cold = performance.now() - t;
  const exec = async (sql: string) => (await pg.execProtocol(protocol.serialize.query(sql), { throwOnError: false })).messages as unknown as ProtocolMessage[];
  const driver = createLogSyncedDriver(exec);
  const log: PgLogEntry[] = [{ db: 'test_db', sql: 'CREATE TABLE company(id SERIAL, name char(50));' }];
  t = performance.now();
  await driver.execute({ dataset: 'bench0000001', database: 'test_db', log, logIndex: 0, sql: log[0].sql! });
  const first = performance.now() - t;
  log.push({ db: 'test_db', sql: "INSERT INTO company(name) VALUES('Big Idea Software');" });
  t = performance.now();
  await driver.execute({ dataset: 'bench0000001', database: 'test_db', log, logIndex: 1, sql: log[1].sql! });
  const warm = performance.now() - t;
  t = performance.now();
  await driver.execute({ dataset: 'bench0000001', database: 'postgres', log, sql: 'SELECT 1;' });
  const switchDb = performance.now() - t;
  for (let i = 0; i < 200; i++) log.push({ db: 'test_db', sql: `INSERT INTO company(name) VALUES('row ${i}');` });
  const fresh = createLogSyncedDriver(exec);
  t = performance.now();
  const ans = await fresh.execute({ dataset: 'bench0000001', database: 'test_db', log, sql: 'SELECT count(*) FROM company;' });
  const replay = performance.now() - t;
  console.log(`node cold start    ${cold.toFixed(0)} ms (import + PGlite.create)`);
  console.log(`first statement    ${first.toFixed(1)} ms (CREATE SCHEMA + search_path + CREATE TABLE)`);
  console.log(`warm statement     ${warm.toFixed(1)} ms (INSERT)`);
  console.log(`\\c another db      ${switchDb.toFixed(1)} ms (schema per database)`);
  console.log(`replay 202 entries ${replay.toFixed(0)} ms (a reload rebuilding the data; count = ${ans.results[0].rows[0][0]})`);
  console.log(`node RSS           ${mb(process.memoryUsage().rss - rss0)} more than before PGlite`);
}

assets();
await node();
process.exit(0);
