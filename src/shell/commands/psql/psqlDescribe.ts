// psql's describe meta-commands. \l and \du read the cluster's catalog (databases and roles are
// cluster-wide, kept beside the log); \dt and \d ask PGlite's pg_catalog about the session's
// database, which is a schema there: psql shows it as "public", as the real server would.
import type { PgCluster } from '../../../engine/db/pgCluster';
import type { PsqlProfile } from '../../../engine/profile/psqlProfile';
import type { SqlAnswer } from '../../../engine/world';
import { formatError, formatTable } from './psqlFormat';
import type { Describe } from './psqlSession';

const KIND = `CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'i' THEN 'index' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table' WHEN 'p' THEN 'partitioned table' END`;

function literal(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** psql folds an unquoted pattern to lower case and keeps a quoted one. */
function patternName(arg: string): string {
  return arg.startsWith('"') && arg.endsWith('"') ? arg.slice(1, -1) : arg.toLowerCase();
}

export function describeSql(d: Describe): string {
  if (d.kind === 'dt' || !d.arg) {
    const kinds = d.kind === 'dt' ? `'r','p'` : `'r','p','v','m','S','f'`;
    const name = d.arg ? ` AND c.relname = ${literal(patternName(d.arg))}` : '';
    return `SELECT c.relname, ${KIND}, pg_catalog.pg_get_userbyid(c.relowner) FROM pg_catalog.pg_class c WHERE c.relnamespace = (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = current_schema()) AND c.relkind IN (${kinds})${name} ORDER BY 1`;
  }
  const rel = `(SELECT c.oid FROM pg_catalog.pg_class c WHERE c.relnamespace = (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = current_schema()) AND c.relname = ${literal(patternName(d.arg))})`;
  return (
    `SELECT (SELECT ${KIND} FROM pg_catalog.pg_class c WHERE c.oid = ${rel});\n` +
    `SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), (SELECT co.collname FROM pg_catalog.pg_collation co, pg_catalog.pg_type t WHERE co.oid = a.attcollation AND t.oid = a.atttypid AND a.attcollation <> t.typcollation), CASE WHEN a.attnotnull THEN 'not null' ELSE '' END, pg_catalog.pg_get_expr(d.adbin, d.adrelid) FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef d ON (a.attrelid = d.adrelid AND a.attnum = d.adnum AND a.atthasdef) WHERE a.attrelid = ${rel} AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;\n` +
    `SELECT c2.relname, i.indisprimary, i.indisunique, pg_catalog.pg_get_indexdef(i.indexrelid, 0, true), con.contype FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c2 ON c2.oid = i.indexrelid LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = i.indexrelid AND con.contype IN ('p','u') WHERE i.indrelid = ${rel} ORDER BY i.indisprimary DESC, c2.relname`
  );
}

/** PGlite runs everything as postgres; the cluster's superuser (POSTGRES_USER) owns what it made. */
function owner(name: string | null, cluster: PgCluster | undefined): string {
  const superuser = cluster?.roles.find((r) => r.superuser)?.name;
  return name === 'postgres' && superuser ? superuser : (name ?? '');
}

export function formatDescribe(d: Describe, answer: SqlAnswer, cluster: PgCluster | undefined): { out: string; err: string } {
  if (answer.error) return { out: '', err: formatError(answer.error) };
  if (d.kind === 'dt' || !d.arg) {
    const rows = answer.results[0]?.rows ?? [];
    if (rows.length === 0) return { out: '', err: d.arg ? `Did not find any relation named "${d.arg}".\n` : 'Did not find any relations.\n' };
    const set = { columns: ['Schema', 'Name', 'Type', 'Owner'], types: [], rows: rows.map((r) => ['public', r[0], r[1], owner(r[2], cluster)]) };
    return { out: formatTable(set, { title: 'List of relations', rightAlign: [false, false, false, false] }), err: '' };
  }
  const kind = answer.results[0]?.rows[0]?.[0];
  if (!kind) return { out: '', err: `Did not find any relation named "${d.arg}".\n` };
  const title = `${kind[0].toUpperCase()}${kind.slice(1)} "public.${patternName(d.arg)}"`;
  const cols = answer.results[1]?.rows ?? [];
  const indexes = answer.results[2]?.rows ?? [];
  const footers: string[] = [];
  if (indexes.length > 0) {
    footers.push('Indexes:');
    for (const [name, primary, unique, def, contype] of indexes) {
      const using = (def ?? '').replace(/^.* USING /, '');
      const what = primary === 't' ? 'PRIMARY KEY, ' : contype === 'u' ? 'UNIQUE CONSTRAINT, ' : unique === 't' ? 'UNIQUE, ' : '';
      footers.push(`    "${name}" ${what}${using}`);
    }
  }
  const set = { columns: ['Column', 'Type', 'Collation', 'Nullable', 'Default'], types: [], rows: cols.map((r) => [r[0], r[1], r[2] ?? '', r[3], r[4] ?? '']) };
  return { out: formatTable(set, { title, rightAlign: [false, false, false, false, false], footers }), err: '' };
}

/** `\l` from the catalog, in the client's columns. */
export function formatDatabaseList(p: PsqlProfile, cluster: PgCluster): string {
  const su = cluster.roles.find((r) => r.superuser)?.name ?? 'postgres';
  const privs = (name: string) => (name.startsWith('template') ? `=c/${su}\n${su}=CTc/${su}` : '');
  const sorted = [...cluster.databases].sort((a, b) => (a.name < b.name ? -1 : 1));
  if (p.listColumns === 'v10') {
    const rows = sorted.map((d) => [d.name, d.owner, 'UTF8', 'en_US.utf8', 'en_US.utf8', privs(d.name)]);
    return formatTable({ columns: ['Name', 'Owner', 'Encoding', 'Collate', 'Ctype', 'Access privileges'], types: [], rows }, { title: 'List of databases', rightAlign: rows[0]?.map(() => false) });
  }
  const rows = sorted.map((d) => [d.name, d.owner, 'UTF8', 'libc', 'en_US.utf8', 'en_US.utf8', '', '', privs(d.name)]);
  return formatTable(
    { columns: ['Name', 'Owner', 'Encoding', 'Locale Provider', 'Collate', 'Ctype', 'Locale', 'ICU Rules', 'Access privileges'], types: [], rows },
    { title: 'List of databases', rightAlign: rows[0]?.map(() => false) },
  );
}

/** `\du`: the roles; the image's superuser has every attribute. */
export function formatRoleList(p: PsqlProfile, cluster: PgCluster): string {
  const sorted = [...cluster.roles].sort((a, b) => (a.name < b.name ? -1 : 1));
  const attrs = (superuser: boolean) => (superuser ? 'Superuser, Create role, Create DB, Replication, Bypass RLS' : '');
  if (p.listColumns === 'v10') {
    const rows = sorted.map((r) => [r.name, attrs(r.superuser), '{}']);
    return formatTable({ columns: ['Role name', 'Attributes', 'Member of'], types: [], rows }, { title: 'List of roles', rightAlign: [false, false, false], footers: [] });
  }
  const rows = sorted.map((r) => [r.name, attrs(r.superuser)]);
  return formatTable({ columns: ['Role name', 'Attributes'], types: [], rows }, { title: 'List of roles', rightAlign: [false, false], footers: [] });
}
