// The mini browser's store actions: each load is one request through the simulated network, and
// its world (packets, access logs) becomes the store's world, as a command line's does.
import { appStore, type AppStore } from '../appStore';
import { logEvents } from '../sessionSlice';
import { fetchPage, type Fetcher } from './fetchPage';
import { engineFetcher } from './engineFetcher';
import { recordStep } from '../timeline/timelineStore';

export function browse(typed: string, store: AppStore = appStore, fetcher: Fetcher = engineFetcher): void {
  const { world, terminalId } = store.getState();
  const load = recordStep(store, { k: 'browse', t: terminalId, url: typed }, world, fetchPage(world, terminalId, typed, fetcher));
  store.setState((state) => {
    state.world = load.world;
    logEvents(state, load.events, load.world.now);
    state.ui.browser = { url: load.page.url, page: load.page, loads: state.ui.browser.loads + 1 };
  });
}

/** Reload: the same address again, as a new request (a routing mesh may answer from another task). */
export function reloadPage(store: AppStore = appStore, fetcher: Fetcher = engineFetcher): void {
  browse(store.getState().ui.browser.url, store, fetcher);
}
