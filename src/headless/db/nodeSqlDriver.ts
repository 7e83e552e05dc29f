// The database driver in Node (tests, `npm run sim`): one PGlite instance in-process, loaded on
// first use (its cold start is seconds and ~730 MB), shared by every postgres container.
import { createLogSyncedDriver, type ProtocolMessage } from '../../engine/db/driverCore';
import type { SqlDriver } from '../../engine/db/sqlDriver';

type PGliteModule = typeof import('@electric-sql/pglite');
type PGliteInstance = Awaited<ReturnType<PGliteModule['PGlite']['create']>>;

let shared: Promise<{ pg: PGliteInstance; mod: PGliteModule }> | undefined;

function load(): Promise<{ pg: PGliteInstance; mod: PGliteModule }> {
  shared ??= (async () => {
    const mod = await import('@electric-sql/pglite');
    const pg = await mod.PGlite.create();
    return { pg, mod };
  })();
  return shared;
}

let driver: SqlDriver | undefined;

/** The process-wide driver: one PGlite instance and one record of what it has replayed. */
export function getNodeSqlDriver(): SqlDriver {
  driver ??= createLogSyncedDriver(
    async (sql) => {
      const { pg, mod } = await load();
      const res = await pg.execProtocol(mod.protocol.serialize.query(sql), { throwOnError: false });
      return res.messages as unknown as ProtocolMessage[];
    },
    () => void load(),
  );
  return driver;
}
