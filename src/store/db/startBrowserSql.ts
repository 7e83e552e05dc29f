// The browser's SQL service, behind a dynamic import from main.tsx: nothing of it (nor PGlite,
// which it loads only when a postgres container starts) is in the first chunk.
import { createBrowserSqlDriver } from './browserSqlDriver';
import { startSqlService } from './sqlService';

let started = false;

export function startBrowserSql(): void {
  if (started) return;
  started = true;
  startSqlService(createBrowserSqlDriver());
}
