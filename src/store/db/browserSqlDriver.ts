// The database driver in the browser: a Web Worker (pgliteWorker.ts) that runs PGlite and the
// log-syncing driver, started on first use; nothing of PGlite is in the page's own bundle.
import type { SqlDriver } from '../../engine/db/sqlDriver';
import type { SqlAnswer } from '../../engine/world';
import type { WorkerReply, WorkerRequest } from './pgliteWorker';

export function createBrowserSqlDriver(): SqlDriver {
  let worker: Worker | undefined;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (a: SqlAnswer) => void; reject: (e: Error) => void }>();
  const start = (): Worker => {
    if (worker) return worker;
    worker = new Worker(new URL('./pgliteWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const w = waiting.get(e.data.id);
      if (!w) return;
      waiting.delete(e.data.id);
      if (e.data.answer) w.resolve(e.data.answer);
      else w.reject(new Error(e.data.error ?? 'database worker failed'));
    };
    worker.onerror = (e) => {
      for (const w of waiting.values()) w.reject(new Error(e.message || 'database worker failed'));
      waiting.clear();
    };
    return worker;
  };
  const post = (msg: WorkerRequest) => start().postMessage(msg);
  return {
    execute(run) {
      return new Promise<SqlAnswer>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        post({ id, run });
      });
    },
    warm: () => post({ warm: true }),
  };
}
