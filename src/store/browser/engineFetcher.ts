// The engine's HTTP client behind the mini browser. Until src/engine/http/ has httpRequest, every
// request fails as unresolved; wiring it is this one function.
import type { Fetcher } from './fetchPage';

export const engineFetcher: Fetcher = () => ({ kind: 'failure', failure: 'unresolved' });
