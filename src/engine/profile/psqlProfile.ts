// psql as the postgres image of each era ships it: 10.4 on Debian stretch (May 2018) and 18.1 on
// Debian trixie today. libpq 14 reworded every connection failure (`psql: error: connection to
// server … failed:`), and psql 15+ lists databases with locale provider columns.
import type { ProfileName } from '../world';

export interface PsqlProfile {
  /** `psql (10.4 (Debian 10.4-2.pgdg90+1))`. */
  version: string;
  packageVersion: string;
  /** libpq ≥ 14's `connection to server … failed:` wording. */
  modernErrors: boolean;
  /** `\l` columns after Encoding (15+: Locale Provider, Collate, Ctype, Locale, ICU Rules). */
  listColumns: 'v10' | 'v17';
  /** psql 18 prints `\conninfo` as a table. */
  conninfoTable: boolean;
}

export const psqlProfiles: Record<ProfileName, PsqlProfile> = {
  current: { version: '18.1', packageVersion: '18.1-1.pgdg13+2', modernErrors: true, listColumns: 'v17', conninfoTable: true },
  classic: { version: '10.4', packageVersion: '10.4-2.pgdg90+1', modernErrors: false, listColumns: 'v10', conninfoTable: false },
};
