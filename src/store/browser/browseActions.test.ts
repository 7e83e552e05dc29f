import { describe, it, expect } from 'vitest';
import type { SimEvent } from '../../engine';
import { createAppStore } from '../appStore';
import { browse, reloadPage } from './browseActions';
import { fetchPage, normalizeUrl, type Fetcher, type FetchOutcome } from './fetchPage';

const packet: SimEvent = { type: 'container.started', host: 'default', containerId: 'abc' };

/** A fetcher that answers `outcome`, records what it was asked, and leaves a mark in the world. */
function fakeFetcher(outcome: FetchOutcome) {
  const calls: { host: string; url: string }[] = [];
  const fetcher: Fetcher = (ctx, origin, url) => {
    calls.push({ host: origin.host, url });
    ctx.world.now += 1;
    ctx.events.push(packet);
    return outcome;
  };
  return { fetcher, calls };
}

const html: FetchOutcome = {
  kind: 'response',
  status: 200,
  statusText: 'OK',
  headers: { Server: 'nginx/1.13.12', 'Content-Type': 'text/html' },
  body: '<h1>Welcome to nginx!</h1>',
};

describe('normalizeUrl', () => {
  it('adds http:// and the root path as a browser does', () => {
    expect(normalizeUrl('192.168.99.100')).toBe('http://192.168.99.100/');
    expect(normalizeUrl(' localhost:82 ')).toBe('http://localhost:82/');
    expect(normalizeUrl('http://172.17.0.2/index.html?x=1')).toBe('http://172.17.0.2/index.html?x=1');
    expect(normalizeUrl('http://[bad')).toBe('http://[bad');
  });
});

describe('fetchPage', () => {
  it('sends from the host of the terminal and returns the page, the new world and its events', () => {
    const store = createAppStore();
    const { fetcher, calls } = fakeFetcher(html);
    const world = store.getState().world;
    const load = fetchPage(world, 't1', 'localhost:82', fetcher);
    expect(calls).toEqual([{ host: 'default', url: 'http://localhost:82/' }]);
    expect(load.world.now).toBe(world.now + 1);
    expect(world.now).toBe(load.world.now - 1);
    expect(load.events).toEqual([packet]);
    expect(load.page).toEqual({
      kind: 'response',
      url: 'http://localhost:82/',
      status: 200,
      statusText: 'OK',
      contentType: 'text/html',
      body: '<h1>Welcome to nginx!</h1>',
    });
  });

  it('failures become Chromium error codes with the host name', () => {
    const world = createAppStore().getState().world;
    const codes = (['refused', 'timeout', 'unresolved', 'empty', 'bad-url'] as const).map(
      (failure) => fetchPage(world, 't1', 'http://192.168.99.100:8080/x', fakeFetcher({ kind: 'failure', failure }).fetcher).page,
    );
    expect(codes.map((p) => (p.kind === 'error' ? `${p.host} ${p.code}` : ''))).toEqual([
      '192.168.99.100 ERR_CONNECTION_REFUSED',
      '192.168.99.100 ERR_CONNECTION_TIMED_OUT',
      '192.168.99.100 DNS_PROBE_FINISHED_NXDOMAIN',
      '192.168.99.100 ERR_EMPTY_RESPONSE',
      '192.168.99.100 ERR_INVALID_URL',
    ]);
  });
});

describe('browse and reload', () => {
  it('each load is a new request that updates the world, the event log and the browser state', () => {
    const store = createAppStore();
    const { fetcher, calls } = fakeFetcher(html);
    const before = store.getState().world.now;
    browse('192.168.99.100', store, fetcher);
    reloadPage(store, fetcher);
    const state = store.getState();
    expect(calls.map((c) => c.url)).toEqual(['http://192.168.99.100/', 'http://192.168.99.100/']);
    expect(state.world.now).toBe(before + 2);
    expect(state.events.map((e) => e.event)).toEqual([packet, packet]);
    expect(state.ui.browser.url).toBe('http://192.168.99.100/');
    expect(state.ui.browser.loads).toBe(2);
    expect(state.ui.browser.page?.kind).toBe('response');
  });
});
