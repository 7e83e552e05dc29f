// The database driver in the browser: PGliteWorker over one Web Worker, loaded on first use by a
// dynamic import (never in the initial bundle). The main thread only sends simple-query messages.
import { createLogSyncedDriver, type ProtocolMessage } from '../../engine/db/driverCore';
import type { SqlDriver } from '../../engine/db/sqlDriver';

type WorkerModule = typeof import('@electric-sql/pglite/worker');
type PgWorker = InstanceType<WorkerModule['PGliteWorker']>;

/** A simple-query ('Q') message: the wire protocol's one-statement-string request. */
export function simpleQuery(sql: string): Uint8Array {
  const body = new TextEncoder().encode(sql);
  const out = new Uint8Array(1 + 4 + body.length + 1);
  out[0] = 0x51;
  new DataView(out.buffer).setInt32(1, 4 + body.length + 1);
  out.set(body, 5);
  return out;
}

export function createBrowserSqlDriver(): SqlDriver {
  let instance: Promise<PgWorker> | undefined;
  const load = () =>
    (instance ??= import('@electric-sql/pglite/worker').then(({ PGliteWorker }) =>
      PGliteWorker.create(new Worker(new URL('./pgliteWorker.ts', import.meta.url), { type: 'module' })),
    ));
  return createLogSyncedDriver(
    async (sql) => {
      const pg = await load();
      try {
        const res = await pg.execProtocol(simpleQuery(sql));
        return res.messages as unknown as ProtocolMessage[];
      } catch (e) {
        // PGliteWorker takes no options: an ErrorResponse arrives as a thrown DatabaseError.
        const err = e as Partial<Record<'message' | 'severity' | 'code' | 'position' | 'detail' | 'hint', string>>;
        if (typeof err.severity !== 'string') throw e;
        return [{ name: 'error', ...err }];
      }
    },
    () => void load(),
  );
}
