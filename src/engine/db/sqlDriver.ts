// The database driver: what runs SQL against a real PostgreSQL outside the engine. The browser
// implements it with PGliteWorker (src/store/db/), Node with PGlite in-process (src/headless/db/).
// The engine never calls it: the runner between steps hands it each pending request
// (getPendingSqlRequests) and writes the answer back (answerSqlRequest).
import type { SqlAnswer } from '../world';
import type { PgLogEntry } from './pgCluster';

export interface SqlExecution {
  /** The data directory's namespace (pgCluster.dataset). */
  dataset: string;
  database: string;
  /** The data directory's whole log up to and including this statement when it is logged. */
  log: readonly PgLogEntry[];
  /** Index of the statement in `log`; undefined for a read-only catalog query (`sql`). */
  logIndex?: number;
  sql: string;
}

export interface SqlDriver {
  /**
   * Bring the dataset's namespace up to `log` (replaying what this instance has not run, or
   * rebuilding it when the log went another way — an undo, a reload) and answer the statement.
   */
  execute(run: SqlExecution): Promise<SqlAnswer>;
  /** Start loading the database now (a postgres container started): its cold start hides behind the server's start-up. */
  warm(): void;
}
