// The engine's HTTP client behind the mini browser: the same httpRequest curl and wget use, with
// the headers a browser sends (so access logs show a browser, as they would).
import { httpRequest, type HttpFailure } from '../../engine/http/httpRequest';
import type { ProfileName } from '../../engine';
import type { Fetcher, FetchOutcome } from './fetchPage';

// Chrome of each era: 66 when Docker 18.03 was current, 142 beside Docker 29 (reduced UA string).
const USER_AGENTS: Record<ProfileName, string> = {
  classic: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/66.0.3359.181 Safari/537.36',
  current: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
};

const ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

type Failure = Extract<FetchOutcome, { kind: 'failure' }>['failure'];

const FAILURES: Record<HttpFailure['kind'], Failure> = {
  'bad-url': 'bad-url',
  'unsupported-protocol': 'bad-url',
  'bad-port': 'bad-url',
  resolve: 'unresolved',
  refused: 'refused',
  timeout: 'timeout',
  'empty-reply': 'empty',
};

export const engineFetcher: Fetcher = (ctx, origin, url) => {
  const headers = { 'User-Agent': USER_AGENTS[ctx.world.profile], Accept: ACCEPT };
  const exchange = httpRequest(ctx, origin, url, { headers });
  if (exchange.response) {
    const { status, statusText, headers: responseHeaders, body } = exchange.response;
    return { kind: 'response', status, statusText, headers: responseHeaders, body };
  }
  return { kind: 'failure', failure: exchange.failure ? FAILURES[exchange.failure.kind] : 'empty' };
};
