// What the mini browser draws for a page, as plain data: an HTML document for the sandboxed frame,
// text, or the lines of a Chromium-style error page. Pure, so it is unit-tested without a DOM.
import type { BrowserPage } from '../store/browser/browserPage';
import type { Strings } from './i18n/bn';

export type PageView =
  | { kind: 'html'; srcDoc: string }
  | { kind: 'text'; text: string }
  | { kind: 'error'; heading: string; detail: string; code: string };

// The page may name images or styles anywhere on the real web: the policy keeps the frame offline
// (the sandbox already forbids scripts, forms and navigation).
export const OFFLINE_POLICY =
  '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:; font-src data:">';

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function isHtml(contentType: string, body: string): boolean {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type) return type === 'text/html' || type === 'application/xhtml+xml';
  // No Content-Type: Chromium sniffs the start of the body.
  return /^\s*<(!doctype html|html|head|body)\b/i.test(body);
}

export function pageView(page: BrowserPage, t: Strings): PageView {
  if (page.kind === 'response') {
    return isHtml(page.contentType, page.body) ? { kind: 'html', srcDoc: OFFLINE_POLICY + page.body } : { kind: 'text', text: page.body };
  }
  const values = { host: page.host, url: page.url };
  switch (page.code) {
    case 'ERR_CONNECTION_REFUSED':
      return { kind: 'error', heading: t.errorCantReach, detail: fill(t.errorRefused, values), code: page.code };
    case 'ERR_CONNECTION_TIMED_OUT':
      return { kind: 'error', heading: t.errorCantReach, detail: fill(t.errorTimedOut, values), code: page.code };
    case 'DNS_PROBE_FINISHED_NXDOMAIN':
      return { kind: 'error', heading: t.errorCantReach, detail: fill(t.errorNotResolved, values), code: page.code };
    case 'ERR_EMPTY_RESPONSE':
      return { kind: 'error', heading: t.errorNotWorking, detail: fill(t.errorEmpty, values), code: page.code };
    case 'ERR_INVALID_URL':
      return { kind: 'error', heading: t.errorCantReach, detail: fill(t.errorInvalid, values), code: page.code };
  }
}
