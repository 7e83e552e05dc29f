// One page load of the mini browser: a request through the simulated network from the host of the
// active terminal (what `curl URL` typed there would send), turned into what a browser shows.
import { produce } from 'immer';
import type { Ctx, SimEvent, World } from '../../engine';
import type { BrowserErrorCode, BrowserPage } from './browserPage';

/** What a request came to; the failures are curl's (7) refused, (28) timed out, (6) unresolved. */
export type FetchOutcome =
  | { kind: 'response'; status: number; statusText: string; headers: Record<string, string>; body: string }
  | { kind: 'failure'; failure: 'refused' | 'timeout' | 'unresolved' | 'empty' | 'bad-url' };

/** Sends the request inside the one draft of the world (packet events, access logs). */
export type Fetcher = (ctx: Ctx, origin: { host: string }, url: string) => FetchOutcome;

export interface PageLoad {
  world: World;
  events: SimEvent[];
  page: BrowserPage;
}

const ERROR_CODES: Record<Extract<FetchOutcome, { kind: 'failure' }>['failure'], BrowserErrorCode> = {
  refused: 'ERR_CONNECTION_REFUSED',
  timeout: 'ERR_CONNECTION_TIMED_OUT',
  unresolved: 'DNS_PROBE_FINISHED_NXDOMAIN',
  empty: 'ERR_EMPTY_RESPONSE',
  'bad-url': 'ERR_INVALID_URL',
};

/** What the address bar shows for what was typed: a browser assumes http:// and adds the root path. */
export function normalizeUrl(typed: string): string {
  const text = typed.trim();
  const withScheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(text) ? text : `http://${text}`;
  try {
    return new URL(withScheme).href;
  } catch {
    return withScheme;
  }
}

export function fetchPage(world: World, terminalId: string, typed: string, fetcher: Fetcher): PageLoad {
  const url = normalizeUrl(typed);
  const origin = { host: world.terminals[terminalId]?.host ?? Object.keys(world.hosts)[0] };
  let outcome: FetchOutcome = { kind: 'failure', failure: 'bad-url' };
  const events: SimEvent[] = [];
  const next = produce(world, (draft) => {
    const ctx: Ctx = { world: draft, events };
    outcome = fetcher(ctx, origin, url);
  });
  return { world: next, events, page: toPage(url, outcome) };
}

function toPage(url: string, outcome: FetchOutcome): BrowserPage {
  if (outcome.kind === 'failure') return { kind: 'error', url, host: hostOf(url), code: ERROR_CODES[outcome.failure] };
  const contentType = Object.entries(outcome.headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  return { kind: 'response', url, status: outcome.status, statusText: outcome.statusText, contentType, body: outcome.body };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
