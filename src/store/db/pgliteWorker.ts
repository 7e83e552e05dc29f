// The Web Worker that holds PGlite in the browser (on the main thread its start freezes the page
// for ~6 s). The whole driver runs here: the page posts a SqlExecution and gets a plain SqlAnswer
// back, so no PGlite message object ever crosses postMessage.
import { PGlite, protocol } from '@electric-sql/pglite';
import { createLogSyncedDriver, type ProtocolMessage } from '../../engine/db/driverCore';
import type { SqlExecution } from '../../engine/db/sqlDriver';

let instance: Promise<PGlite> | undefined;
const load = () => (instance ??= PGlite.create());

const driver = createLogSyncedDriver(
  async (sql) => {
    const pg = await load();
    const res = await pg.execProtocol(protocol.serialize.query(sql), { throwOnError: false });
    return res.messages as unknown as ProtocolMessage[];
  },
  () => void load(),
);

export type WorkerRequest = { id: number; run: SqlExecution } | { warm: true };
export type WorkerReply = { id: number; answer?: import('../../engine/world').SqlAnswer; error?: string };

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  if ('warm' in msg) {
    driver.warm();
    return;
  }
  driver.execute(msg.run).then(
    (answer) => self.postMessage({ id: msg.id, answer } satisfies WorkerReply),
    (error: unknown) => self.postMessage({ id: msg.id, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
  );
};
