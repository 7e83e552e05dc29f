// Cluster-wide statements answered from the data directory's catalog instead of PGlite: databases
// and roles belong to the whole cluster, while PGlite holds one database per data set (a schema,
// see pgNamespace.ts). The messages are the server's own.
import type { Ctx } from '../ctx';
import type { SqlAnswer } from '../world';
import { writeCluster, type PgCluster } from './pgCluster';

export interface PgSession {
  host: string;
  containerId: string;
  dataDir: string;
  dataset: string;
  database: string;
  user: string;
}

/** `name` or `"Name"` as PostgreSQL folds it. */
export function pgIdentifier(raw: string): string {
  if (raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2) return raw.slice(1, -1).replace(/""/g, '"');
  return raw.toLowerCase();
}

const IDENT = String.raw`("(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)`;
const CREATE_DB = new RegExp(String.raw`^create\s+database\s+${IDENT}`, 'i');
const DROP_DB = new RegExp(String.raw`^drop\s+database\s+(if\s+exists\s+)?${IDENT}`, 'i');
const CREATE_ROLE = new RegExp(String.raw`^create\s+(user|role)\s+${IDENT}(.*)$`, 'is');
const ALTER_ROLE = new RegExp(String.raw`^alter\s+(user|role)\s+${IDENT}(.*)$`, 'is');
const DROP_ROLE = new RegExp(String.raw`^drop\s+(user|role)\s+(if\s+exists\s+)?${IDENT}`, 'i');
const PASSWORD = /\bpassword\s+'((?:[^']|'')*)'/i;

function ok(tag: string): SqlAnswer {
  return { results: [{ columns: [], types: [], rows: [], tag }], notices: [] };
}

function fail(message: string, code: string): SqlAnswer {
  return { results: [], notices: [], error: { severity: 'ERROR', message, code } };
}

function stripSql(sql: string): string {
  return sql.replace(/^(\s|--[^\n]*\n)+/, '').replace(/;\s*$/, '').trim();
}

/**
 * A cluster-wide statement answered here (and logged when it changes what PGlite holds), or
 * undefined when the statement goes to PGlite.
 */
export function runCatalogStatement(ctx: Ctx, session: PgSession, cluster: PgCluster, sql: string): SqlAnswer | undefined {
  const s = stripSql(sql);
  const save = () => writeCluster(ctx, session.host, session.containerId, cluster);
  let m = CREATE_DB.exec(s);
  if (m) {
    const name = pgIdentifier(m[1]);
    if (cluster.databases.some((d) => d.name === name)) return fail(`database "${name}" already exists`, '42P04');
    cluster.databases.push({ name, owner: session.user });
    save();
    return ok('CREATE DATABASE');
  }
  m = DROP_DB.exec(s);
  if (m) {
    const name = pgIdentifier(m[2]);
    if (!cluster.databases.some((d) => d.name === name)) {
      if (!m[1]) return fail(`database "${name}" does not exist`, '3D000');
      const answer = ok('DROP DATABASE');
      answer.notices.push({ severity: 'NOTICE', message: `database "${name}" does not exist, skipping`, code: '00000' });
      return answer;
    }
    if (name === session.database) return fail('cannot drop the currently open database', '55006');
    if (name === 'template0' || name === 'template1') return fail('cannot drop a template database', '55006');
    cluster.databases = cluster.databases.filter((d) => d.name !== name);
    cluster.log.push({ db: name, dropDatabase: true });
    save();
    return ok('DROP DATABASE');
  }
  m = CREATE_ROLE.exec(s);
  if (m) {
    const name = pgIdentifier(m[2]);
    if (cluster.roles.some((r) => r.name === name)) return fail(`role "${name}" already exists`, '42710');
    const pw = PASSWORD.exec(m[3]);
    cluster.roles.push({ name, superuser: /\bsuperuser\b/i.test(m[3]), ...(pw ? { password: pw[1].replace(/''/g, "'") } : {}) });
    save();
    return ok('CREATE ROLE');
  }
  m = ALTER_ROLE.exec(s);
  if (m) {
    const name = pgIdentifier(m[2]);
    const role = cluster.roles.find((r) => r.name === name);
    if (!role) return fail(`role "${name}" does not exist`, '42704');
    const pw = PASSWORD.exec(m[3]);
    if (pw) role.password = pw[1].replace(/''/g, "'");
    if (/\bnosuperuser\b/i.test(m[3])) role.superuser = false;
    else if (/\bsuperuser\b/i.test(m[3])) role.superuser = true;
    save();
    return ok('ALTER ROLE');
  }
  m = DROP_ROLE.exec(s);
  if (m) {
    const name = pgIdentifier(m[3]);
    if (!cluster.roles.some((r) => r.name === name)) {
      if (!m[2]) return fail(`role "${name}" does not exist`, '42704');
      const answer = ok('DROP ROLE');
      answer.notices.push({ severity: 'NOTICE', message: `role "${name}" does not exist, skipping`, code: '00000' });
      return answer;
    }
    if (name === session.user) return fail('current user cannot be dropped', '55006');
    cluster.roles = cluster.roles.filter((r) => r.name !== name);
    save();
    return ok('DROP ROLE');
  }
  return undefined;
}
