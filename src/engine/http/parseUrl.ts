// URLs as curl and wget take them: the scheme is optional (http is assumed), the port defaults
// by scheme, and the path defaults to `/`.
export interface ParsedUrl {
  scheme: string;
  host: string;
  port: number;
  /** Path plus query, at least `/`. */
  path: string;
  /** True when the URL named the port explicitly. */
  explicitPort: boolean;
}

const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443 };

export type UrlError = { error: 'bad-format' } | { error: 'unsupported'; scheme: string } | { error: 'bad-port' };

export function parseUrl(raw: string): ParsedUrl | UrlError {
  let rest = raw.trim();
  let scheme = 'http';
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(rest);
  if (m) {
    scheme = m[1].toLowerCase();
    rest = rest.slice(m[0].length);
  }
  if (!Object.hasOwn(DEFAULT_PORTS, scheme)) return { error: 'unsupported', scheme: m ? m[1] : scheme };
  const slash = rest.search(/[/?#]/);
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  let path = slash === -1 ? '/' : rest.slice(slash);
  path = path.replace(/#.*$/, '');
  if (path.startsWith('?')) path = `/${path}`;
  if (path === '') path = '/';
  const hostPort = authority.replace(/^[^@]*@/, '');
  const hp = /^([^:]*)(?::(\d*))?$/.exec(hostPort);
  if (!hp || hp[1] === '') return { error: 'bad-format' };
  let port = DEFAULT_PORTS[scheme];
  const explicitPort = hp[2] !== undefined && hp[2] !== '';
  if (explicitPort) {
    port = Number(hp[2]);
    if (port > 65535) return { error: 'bad-port' };
  }
  return { scheme, host: hp[1].toLowerCase(), port, path, explicitPort };
}

export function isUrlError(u: ParsedUrl | UrlError): u is UrlError {
  return 'error' in u;
}
