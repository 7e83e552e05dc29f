// Pending SQL statements: the engine's half of the hand-over to the database driver. A request is
// plain data in world.sql; the runner answers it between steps; the job that made it (psql, an
// app's psycopg2 call) reads the answer and removes the request.
import type { Ctx } from '../ctx';
import type { SqlAnswer, SqlQueue, SqlRequest, World } from '../world';
import type { SqlExecution } from './sqlDriver';
import { readCluster } from './pgCluster';

export interface SqlTarget {
  host: string;
  containerId: string;
  dataDir: string;
  dataset: string;
  database: string;
}

function queue(world: World): SqlQueue {
  if (!world.sql) world.sql = { requests: {}, nextId: 1 };
  return world.sql;
}

/** Queue a statement for the driver; returns the request id to wait on. */
export function requestSql(ctx: Ctx, target: SqlTarget, sql: string, logIndex?: number): string {
  const q = queue(ctx.world);
  const id = `q${q.nextId++}`;
  const req: SqlRequest = { id, ...target, sql };
  if (logIndex !== undefined) req.logIndex = logIndex;
  q.requests[id] = req;
  return id;
}

/** Requests the driver has not answered yet, oldest first. */
export function getPendingSqlRequests(world: World): SqlRequest[] {
  const reqs = world.sql ? Object.values(world.sql.requests) : [];
  return reqs.filter((r) => !r.answer).sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
}

/** What the driver needs for a request: the data directory's log as the world holds it now. */
export function getSqlExecution(world: World, req: SqlRequest): SqlExecution {
  const cluster = readCluster(world, req.host, req.containerId);
  const log = cluster?.log ?? [];
  const run: SqlExecution = { dataset: req.dataset, database: req.database, sql: req.sql, log: req.logIndex !== undefined ? log.slice(0, req.logIndex + 1) : log };
  if (req.logIndex !== undefined) run.logIndex = req.logIndex;
  return run;
}

/** The runner writes the driver's answer into the world (inside its own produce). */
export function answerSqlRequest(world: World, id: string, answer: SqlAnswer): void {
  const req = world.sql?.requests[id];
  if (req) req.answer = answer;
}

/** The waiting job takes its answer (and the request goes away), or undefined while it is pending. */
export function takeSqlAnswer(ctx: Ctx, id: string): SqlAnswer | undefined {
  const req = ctx.world.sql?.requests[id];
  if (!req?.answer) return undefined;
  const answer = req.answer;
  delete ctx.world.sql!.requests[id];
  return answer;
}

/** Ctrl-C while waiting: the statement still runs on the server, nobody reads its answer. */
export function dropSqlRequest(ctx: Ctx, id: string): void {
  if (ctx.world.sql?.requests[id]) delete ctx.world.sql.requests[id];
}
