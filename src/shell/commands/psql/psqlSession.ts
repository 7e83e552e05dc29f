// A psql session on a frame: its connection, the query buffer, and running the statements typed.
// Cluster-wide statements (CREATE DATABASE, roles) are answered at once from the catalog; every
// other statement is appended to the data directory's log and handed to the database driver as a
// request, and the psql job waits for the answer (the terminal shows no prompt meanwhile).
import type { Ctx } from '../../../engine/ctx';
import { runCatalogStatement, type PgSession } from '../../../engine/db/pgCatalog';
import { readCluster, writeCluster } from '../../../engine/db/pgCluster';
import { requestSql } from '../../../engine/db/sqlRequests';
import type { Frame, Job } from '../../../engine/world';
import type { Profile } from '../../../engine/profile';
import { formatAnswer } from './psqlFormat';

export interface PsqlState {
  session: PgSession;
  superuser: boolean;
  /** Lines typed of a statement not finished yet ('' when empty). */
  buffer: string;
  /** Connected over TCP: the host and port as given (for \conninfo and \c). */
  tcp?: { host: string; port: number };
  /** The password given at connect time (\c over TCP sends it again). */
  password?: string;
  /** The last statement sent (`\g` repeats it). */
  last?: string;
}

/** A read-only catalog query behind a meta-command, and how to print its answer. */
export interface Describe {
  kind: 'dt' | 'd';
  arg?: string;
}

export interface PsqlJobData {
  requestId: string;
  sql: string;
  describe?: Describe;
  /** Statements typed on the same line after this one. */
  rest: string[];
}

export const PSQL_JOB = 'psql';

/** Where psql writes and how it waits: a command's context or a job's. */
export interface PsqlIo {
  ctx: Ctx;
  profile: Profile;
  frame: Frame;
  out(text: string): void;
  err(text: string): void;
}

export function psqlState(frame: Frame): PsqlState | undefined {
  return (frame.state as { psql?: PsqlState } | undefined)?.psql;
}

export function setPsqlState(frame: Frame, state: PsqlState): void {
  frame.state = { ...(frame.state as object | undefined), psql: state };
}

function target(s: PgSession) {
  return { host: s.host, containerId: s.containerId, dataDir: s.dataDir, dataset: s.dataset, database: s.database };
}

/**
 * Runs statements in order until one has to wait for the driver: returns that wait as job data,
 * or undefined when all of them were answered here.
 */
export function runStatements(io: PsqlIo, statements: string[]): PsqlJobData | undefined {
  const state = psqlState(io.frame);
  if (!state) return undefined;
  for (let i = 0; i < statements.length; i++) {
    const sql = statements[i];
    if (/^;?\s*$/.test(sql)) continue;
    state.last = sql;
    const { session } = state;
    const cluster = readCluster(io.ctx.world, session.host, session.containerId);
    if (!cluster) {
      io.err('server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request.\n');
      continue;
    }
    const answer = runCatalogStatement(io.ctx, session, cluster, sql);
    if (answer) {
      const text = formatAnswer(answer, sql);
      io.err(text.err);
      io.out(text.out);
      continue;
    }
    cluster.log.push({ db: session.database, sql });
    writeCluster(io.ctx, session.host, session.containerId, cluster);
    const requestId = requestSql(io.ctx, target(session), sql, cluster.log.length - 1);
    return { requestId, sql, rest: statements.slice(i + 1) };
  }
  return undefined;
}

/** A read-only query for a meta-command (\dt, \d): not logged, answered after the log is replayed. */
export function describeRequest(io: PsqlIo, sql: string, describe: Describe): PsqlJobData | undefined {
  const state = psqlState(io.frame);
  if (!state) return undefined;
  const requestId = requestSql(io.ctx, target(state.session), sql);
  return { requestId, sql, describe, rest: [] };
}

export function psqlJob(io: PsqlIo, data: PsqlJobData): Job {
  return { kind: PSQL_JOB, startedAt: io.ctx.world.now, data };
}
