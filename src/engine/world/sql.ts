// SQL statements waiting for the real PostgreSQL (PGlite) behind postgres containers. The engine
// stays synchronous: a statement becomes a request here, the runner (browser store or headless
// runner) hands it to the database driver, and the driver's answer is written back as plain data.

/** One result set of a statement, as the wire protocol carried it (text format). */
export interface SqlResultSet {
  columns: string[];
  /** Type oid per column: psql right-aligns numbers. */
  types: number[];
  rows: (string | null)[][];
  /** The CommandComplete tag: `CREATE TABLE`, `INSERT 0 1`, `SELECT 3`. */
  tag: string;
}

/** PostgreSQL's ErrorResponse fields that psql prints. */
export interface SqlError {
  severity: string;
  message: string;
  code?: string;
  /** 1-based character position in the statement (psql draws `LINE n:` and the caret from it). */
  position?: number;
  detail?: string;
  hint?: string;
}

export interface SqlAnswer {
  results: SqlResultSet[];
  error?: SqlError;
  /** NOTICE/WARNING lines the server sent (`NOTICE:  table "x" does not exist, skipping`). */
  notices: SqlError[];
}

export interface SqlRequest {
  id: string;
  /** The data directory's identity (pgCluster.dataset): the namespace in the shared PGlite. */
  dataset: string;
  database: string;
  sql: string;
  /** Where the data directory's log is read from (engine/db/pgCluster.ts). */
  host: string;
  containerId: string;
  dataDir: string;
  /** Index of this statement in the data directory's log; absent for read-only catalog queries (\dt, \d). */
  logIndex?: number;
  answer?: SqlAnswer;
}

export interface SqlQueue {
  requests: Record<string, SqlRequest>;
  nextId: number;
}
