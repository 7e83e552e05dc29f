import { describe, it, expect } from 'vitest';
import { createAppStore } from '../appStore';
import { advanceClock, runLine } from '../actions';
import { browse, reloadPage } from './browseActions';

function storeWithNginx() {
  const store = createAppStore({ profile: 'classic' });
  runLine('docker run -d -p 82:80 --name web nginx', store);
  advanceClock(10_000, store); // the pull plays out as a foreground job
  return store;
}

describe('the mini browser on the engine', () => {
  it('loads a container page through a published port, and nginx logs the browser', () => {
    const store = storeWithNginx();
    browse('localhost:82', store);
    const page = store.getState().ui.browser.page;
    expect(page).toMatchObject({ kind: 'response', url: 'http://localhost:82/', status: 200, contentType: 'text/html' });
    expect(page?.kind === 'response' && page.body).toContain('<title>Welcome to nginx!</title>');
    reloadPage(store);
    const logs = runLine('docker logs web', store).output.map((c) => c.text).join('');
    const hits = logs.split('\n').filter((line) => line.includes('"GET / HTTP/1.1" 200'));
    expect(hits).toHaveLength(2);
    expect(hits[0]).toContain('Chrome/66.0.3359.181 Safari/537.36');
  });

  it('a port nothing listens on is refused; an unknown name is not resolved', () => {
    const store = storeWithNginx();
    browse('http://192.168.99.100:8080', store);
    expect(store.getState().ui.browser.page).toEqual({ kind: 'error', url: 'http://192.168.99.100:8080/', host: '192.168.99.100', code: 'ERR_CONNECTION_REFUSED' });
    browse('http://nosuchhost/', store);
    expect(store.getState().ui.browser.page).toMatchObject({ kind: 'error', host: 'nosuchhost', code: 'DNS_PROBE_FINISHED_NXDOMAIN' });
  });
});
