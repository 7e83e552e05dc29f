// What both database drivers share (browser worker, Node in-process): keeping each dataset's
// schemas in step with its log, one statement at a time, and turning the wire protocol's messages
// into a plain SqlAnswer. The drivers only supply how to send one simple-query message to PGlite.
import type { SqlAnswer, SqlError, SqlResultSet } from '../world';
import type { PgLogEntry } from './pgCluster';
import { pgDatasetPrefix, pgSchemaName } from './pgNamespace';
import type { SqlDriver, SqlExecution } from './sqlDriver';

/** The fields of PGlite's BackendMessages that we read (duck-typed: the engine does not import PGlite). */
export interface ProtocolMessage {
  name: string;
  text?: string;
  fields?: readonly unknown[];
  message?: string;
  severity?: string;
  code?: string;
  position?: string;
  detail?: string;
  hint?: string;
}

/** Sends one simple-query message and returns every message the server answered (errors included, not thrown). */
export type ProtocolExec = (sql: string) => Promise<readonly ProtocolMessage[]>;

function errorOf(m: ProtocolMessage): SqlError {
  const e: SqlError = { severity: m.severity ?? 'ERROR', message: m.message ?? '' };
  if (m.code) e.code = m.code;
  if (m.position) e.position = Number(m.position);
  if (m.detail) e.detail = m.detail;
  if (m.hint) e.hint = m.hint;
  return e;
}

export function answerFromMessages(messages: readonly ProtocolMessage[]): SqlAnswer {
  const answer: SqlAnswer = { results: [], notices: [] };
  let current: SqlResultSet | undefined;
  for (const m of messages) {
    if (m.name === 'rowDescription') {
      const fields = (m.fields ?? []) as { name: string; dataTypeID: number }[];
      current = { columns: fields.map((f) => f.name), types: fields.map((f) => f.dataTypeID), rows: [], tag: '' };
    } else if (m.name === 'dataRow') {
      current?.rows.push([...((m.fields ?? []) as (string | null)[])]);
    } else if (m.name === 'commandComplete') {
      const set = current ?? { columns: [], types: [], rows: [], tag: '' };
      set.tag = m.text ?? '';
      answer.results.push(set);
      current = undefined;
    } else if (m.name === 'error') {
      answer.error = errorOf(m);
    } else if (m.name === 'notice') {
      answer.notices.push(errorOf(m));
    }
  }
  return answer;
}

function quoteLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

function sameEntry(a: PgLogEntry, b: PgLogEntry): boolean {
  return a.db === b.db && a.sql === b.sql && a.dropDatabase === b.dropDatabase;
}

/** A driver over one PGlite-like executor: namespaces per dataset and database, replays logs lazily. */
export function createLogSyncedDriver(exec: ProtocolExec, warm: () => void = () => {}): SqlDriver {
  const applied = new Map<string, PgLogEntry[]>();
  const schemas = new Set<string>();
  let searchPath = '';
  let chain: Promise<unknown> = Promise.resolve();

  async function enter(dataset: string, db: string): Promise<void> {
    const schema = pgSchemaName(dataset, db);
    if (!schemas.has(schema)) {
      await exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      schemas.add(schema);
    }
    if (searchPath !== schema) {
      await exec(`SET search_path TO ${schema}`);
      searchPath = schema;
    }
  }

  async function dropDatabase(dataset: string, db: string): Promise<void> {
    const schema = pgSchemaName(dataset, db);
    await exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    schemas.delete(schema);
    if (searchPath === schema) searchPath = '';
  }

  async function run(dataset: string, entry: PgLogEntry): Promise<SqlAnswer> {
    if (entry.dropDatabase) {
      await dropDatabase(dataset, entry.db);
      return { results: [], notices: [] };
    }
    await enter(dataset, entry.db);
    return answerFromMessages(await exec(entry.sql ?? ''));
  }

  async function rebuild(dataset: string): Promise<void> {
    const prefix = pgDatasetPrefix(dataset).replace(/[\\%_]/g, (c) => `\\${c}`);
    const found = answerFromMessages(await exec(`SELECT nspname FROM pg_namespace WHERE nspname LIKE ${quoteLiteral(`${prefix}%`)}`));
    for (const row of found.results[0]?.rows ?? []) {
      const name = `"${String(row[0]).replace(/"/g, '""')}"`;
      await exec(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
      schemas.delete(name);
    }
    searchPath = '';
    applied.set(dataset, []);
  }

  async function sync(dataset: string, target: readonly PgLogEntry[]): Promise<void> {
    const known = applied.get(dataset);
    let done = known ?? [];
    const isPrefix = done.length <= target.length && done.every((e, i) => sameEntry(e, target[i]));
    // A dataset first seen here may hold another session's leftovers (same seed, same id): start clean.
    if (!known || !isPrefix) {
      await rebuild(dataset);
      done = [];
    }
    for (let i = done.length; i < target.length; i++) await run(dataset, target[i]);
    applied.set(dataset, target.slice());
  }

  async function execute(x: SqlExecution): Promise<SqlAnswer> {
    if (x.logIndex === undefined) {
      await sync(x.dataset, x.log);
      await enter(x.dataset, x.database);
      return answerFromMessages(await exec(x.sql));
    }
    await sync(x.dataset, x.log.slice(0, x.logIndex));
    const entry = x.log[x.logIndex];
    const answer = await run(x.dataset, entry);
    applied.set(x.dataset, x.log.slice(0, x.logIndex + 1));
    return answer;
  }

  return {
    execute(x) {
      const next = chain.then(() => execute(x));
      chain = next.catch(() => undefined);
      return next;
    },
    warm,
  };
}
