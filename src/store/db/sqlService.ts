// Hands the world's pending SQL requests (engine/db/sqlRequests.ts) to the database driver and
// stores each answer in the world; the psql job waiting on it prints it at the next advanceClock.
// PGlite starts loading when a postgres container starts, so its cold start (4–7 s) hides behind
// the server's own start-up.
import type { SqlDriver } from '../../engine/db/sqlDriver';
import { getPendingSqlRequests, getSqlExecution } from '../../engine/db/sqlRequests';
import { getContainerById } from '../../engine/tables/containerTable';
import { appStore, type AppStore } from '../appStore';
import { shellIfLoaded } from '../shellRuntime';
import type { SqlAnswer } from '../../engine/world';

function startsPostgres(state: ReturnType<AppStore['getState']>, from: number): boolean {
  for (let i = state.events.length - 1; i >= 0 && state.events[i].seq >= from; i--) {
    const e = state.events[i].event;
    if (e.type !== 'container.started') continue;
    const daemon = state.world.hosts[e.host]?.daemon;
    const c = daemon && getContainerById(daemon, e.containerId);
    if (c && /(^|\/)postgres(:|$)/.test(c.imageRef)) return true;
  }
  return false;
}

/** Starts serving SQL requests for `store`; returns the unsubscribe function. */
export function startSqlService(driver: SqlDriver, store: AppStore = appStore): () => void {
  const inFlight = new Set<string>();
  let seenSeq = 0;
  let warmed = false;
  const serve = () => {
    const state = store.getState();
    if (!warmed && state.nextEventSeq > seenSeq) {
      if (startsPostgres(state, seenSeq)) {
        warmed = true;
        driver.warm();
      }
      seenSeq = state.nextEventSeq;
    }
    if (!state.world.sql) return;
    for (const req of getPendingSqlRequests(state.world)) {
      if (inFlight.has(req.id)) continue;
      inFlight.add(req.id);
      const settle = (answer: SqlAnswer) => {
        inFlight.delete(req.id);
        const shell = shellIfLoaded();
        if (!shell) return;
        const next = shell.answerSql(store.getState().world, req.id, answer);
        store.setState((s) => {
          s.world = next;
        });
      };
      driver.execute(getSqlExecution(state.world, req)).then(settle, (error: unknown) => {
        // The database itself failed (the worker could not load): the statement gets a FATAL answer.
        settle({ results: [], notices: [], error: { severity: 'FATAL', message: error instanceof Error ? error.message : String(error) } });
      });
    }
  };
  return store.subscribe(serve);
}
