import { describe, it, expect } from 'vitest';
import type { BrowserPage } from '../store/browser/browserPage';
import { stringsFor } from './i18n/strings';
import { OFFLINE_POLICY, fill, isHtml, pageView } from './miniBrowserView';

const refused: BrowserPage = { kind: 'error', url: 'http://192.168.99.100/', host: '192.168.99.100', code: 'ERR_CONNECTION_REFUSED' };

describe('mini browser view', () => {
  it('HTML goes to the frame behind the offline policy; other types show as text', () => {
    const page = (contentType: string, body: string): BrowserPage => ({ kind: 'response', url: 'http://x/', status: 200, statusText: 'OK', contentType, body });
    expect(pageView(page('text/html; charset=utf-8', '<h1>Hi</h1>'), stringsFor('en'))).toEqual({ kind: 'html', srcDoc: `${OFFLINE_POLICY}<h1>Hi</h1>` });
    expect(pageView(page('text/plain', '<h1>Hi</h1>'), stringsFor('en'))).toEqual({ kind: 'text', text: '<h1>Hi</h1>' });
    expect(pageView(page('application/json', '{"a":1}\n'), stringsFor('en'))).toEqual({ kind: 'text', text: '{"a":1}\n' });
  });

  it('sniffs HTML only when there is no Content-Type', () => {
    expect(isHtml('', '\n<!DOCTYPE html><p>x')).toBe(true);
    expect(isHtml('', '<html>')).toBe(true);
    expect(isHtml('', 'Hello World!')).toBe(false);
    expect(isHtml('TEXT/HTML', '')).toBe(true);
  });

  it('a refused connection reads as in Chromium, in both languages', () => {
    expect(pageView(refused, stringsFor('en'))).toEqual({
      kind: 'error',
      heading: 'This site can’t be reached',
      detail: '192.168.99.100 refused to connect.',
      code: 'ERR_CONNECTION_REFUSED',
    });
    expect(pageView(refused, stringsFor('bn'))).toEqual({
      kind: 'error',
      heading: 'এই সাইটে পৌঁছানো যাচ্ছে না',
      detail: '192.168.99.100 সংযোগ করতে দেয়নি।',
      code: 'ERR_CONNECTION_REFUSED',
    });
  });

  it('the other failures', () => {
    const en = stringsFor('en');
    const view = (code: Extract<BrowserPage, { kind: 'error' }>['code'], host = 'web') => pageView({ kind: 'error', url: `http://${host}/`, host, code }, en);
    expect(view('ERR_CONNECTION_TIMED_OUT', '10.0.0.5')).toMatchObject({ heading: 'This site can’t be reached', detail: '10.0.0.5 took too long to respond.' });
    expect(view('DNS_PROBE_FINISHED_NXDOMAIN')).toMatchObject({ detail: 'web’s server IP address could not be found.' });
    expect(view('ERR_EMPTY_RESPONSE')).toMatchObject({ heading: 'This page isn’t working', detail: 'web didn’t send any data.' });
  });

  it('fill leaves unknown placeholders alone', () => {
    expect(fill('{host} and {other}', { host: 'h' })).toBe('h and {other}');
  });
});
