// Several clusters (one per data directory) and several databases per cluster share ONE PGlite
// instance (each instance costs ~730 MB in Node): a database is a schema named after its dataset
// and database. PGlite cannot switch databases (it stays on the one it opened), and a schema per
// database makes `\c` instant where a dump-and-reopen takes ~2 s.

import { utf8Length } from '../fs/tree';

const MAX_IDENT = 63;

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The schema holding `database` of `dataset`, as a quoted identifier ready for SQL. */
export function pgSchemaName(dataset: string, database: string): string {
  let name = `${dataset}_${database}`;
  // Identifiers are cut at 63 bytes: long names keep a hash so that two databases never collide.
  if (utf8Length(name) > MAX_IDENT) name = `${dataset}_${fnv1a(database)}_${database.slice(0, 20)}`;
  return `"${name.replace(/"/g, '""')}"`;
}

/** The prefix every schema of a dataset starts with (a rebuild drops them all). */
export function pgDatasetPrefix(dataset: string): string {
  return `${dataset}_`;
}
