// What the mini browser shows: a response as a browser renders it, or a browser's error page.
// Plain data, so it lives in the store next to the world it was fetched from.

/** Chromium's net error names for the failures a simulated request can have. */
export type BrowserErrorCode =
  | 'ERR_CONNECTION_REFUSED'
  | 'ERR_CONNECTION_TIMED_OUT'
  | 'DNS_PROBE_FINISHED_NXDOMAIN'
  | 'ERR_EMPTY_RESPONSE'
  | 'ERR_INVALID_URL';

export type BrowserPage =
  | { kind: 'response'; url: string; status: number; statusText: string; contentType: string; body: string }
  | { kind: 'error'; url: string; host: string; code: BrowserErrorCode };

export interface BrowserState {
  /** The address bar: what was last loaded (or the start address). */
  url: string;
  page: BrowserPage | null;
  /** Counts loads, so the view can tell a reload of the same URL from no change. */
  loads: number;
}

export const START_URL = 'http://localhost';

export function initialBrowser(): BrowserState {
  return { url: START_URL, page: null, loads: 0 };
}
