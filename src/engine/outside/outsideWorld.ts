// The simulated internet beyond the host's NAT: a few public names with fixed addresses (so runs
// are reproducible) and the web servers behind some of them. Anything else out there drops
// unsolicited packets, as most of the internet does: a connection to it times out.
import type { HttpRequest, HttpResponse } from '../programs/programTypes';
import { httpDate } from '../programs/timeFormats';
import { utf8Length } from '../programs/nginxPages';
import { EXAMPLE_COM_PAGE, GOOGLE_MOVED_PAGE } from './examplePage';

export const PUBLIC_NAMES: Record<string, string> = {
  'example.com': '93.184.215.14',
  'www.example.com': '93.184.215.14',
  'google.com': '142.250.185.78',
  'www.google.com': '142.250.185.68',
  'docker.com': '141.193.213.20',
  'www.docker.com': '141.193.213.21',
  'hub.docker.com': '3.216.34.172',
  'registry-1.docker.io': '54.227.20.253',
  'github.com': '140.82.121.4',
  // Package mirrors the package managers fetch from (pip, apt-get, apk, npm).
  'pypi.org': '151.101.0.223',
  'pypi.python.org': '151.101.0.223',
  'files.pythonhosted.org': '151.101.64.223',
  'deb.debian.org': '151.101.2.132',
  'security.debian.org': '151.101.194.132',
  'archive.ubuntu.com': '91.189.91.82',
  'security.ubuntu.com': '91.189.91.83',
  'dl-cdn.alpinelinux.org': '151.101.2.133',
  'registry.npmjs.org': '104.16.24.34',
};

/** Public resolvers students ping: they answer ICMP but serve no web pages. */
export const PUBLIC_RESOLVERS = ['8.8.8.8', '8.8.4.4', '1.1.1.1'];

export function resolvePublicName(name: string): string | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  return Object.hasOwn(PUBLIC_NAMES, key) ? PUBLIC_NAMES[key] : undefined;
}

/** The name a public address is known by (reverse lookup), if we know one. */
export function publicNameOf(ip: string): string | undefined {
  return Object.keys(PUBLIC_NAMES).find((n) => PUBLIC_NAMES[n] === ip);
}

type Site = (req: HttpRequest, now: number, secure: boolean) => HttpResponse;

function respond(status: number, statusText: string, headers: Record<string, string>, body: string, req: HttpRequest): HttpResponse {
  return { status, statusText, headers: { ...headers, 'Content-Length': String(utf8Length(body)) }, body: req.method === 'HEAD' ? '' : body };
}

const exampleCom: Site = (req, now) => {
  if (req.path !== '/' && req.path !== '/index.html') {
    return respond(404, 'Not Found', { 'Content-Type': 'text/html', Date: httpDate(now), Server: 'ECS (dcb/7EA3)' }, EXAMPLE_COM_PAGE, req);
  }
  return respond(
    200,
    'OK',
    {
      'Accept-Ranges': 'bytes',
      Age: '86400',
      'Cache-Control': 'max-age=604800',
      'Content-Type': 'text/html; charset=UTF-8',
      Date: httpDate(now),
      Etag: '"3147526947"',
      Expires: httpDate(now + 7 * 86400_000),
      'Last-Modified': 'Thu, 17 Oct 2019 07:18:26 GMT',
      Server: 'ECS (dcb/7EA3)',
      Vary: 'Accept-Encoding',
      'X-Cache': 'HIT',
    },
    EXAMPLE_COM_PAGE,
    req,
  );
};

function redirect(location: string, server: string, body: string): Site {
  return (req, now) =>
    respond(
      301,
      'Moved Permanently',
      { Location: location, 'Content-Type': 'text/html; charset=UTF-8', Date: httpDate(now), Server: server },
      body,
      req,
    );
}

const googleHome: Site = (req, now) =>
  respond(
    200,
    'OK',
    { Date: httpDate(now), Expires: '-1', 'Cache-Control': 'private, max-age=0', 'Content-Type': 'text/html; charset=ISO-8859-1', Server: 'gws' },
    '<!doctype html><html itemscope="" itemtype="http://schema.org/WebPage" lang="en"><head><title>Google</title></head><body><center><img alt="Google" src="/images/branding/googlelogo/1x/googlelogo_white_background_color_272x92dp.png"><form action="/search"><input name="q"></form></center></body></html>\n',
    req,
  );

const CLOUDFLARE_MOVED = '<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body>\r\n<center><h1>301 Moved Permanently</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n';

const SITES: Record<string, Site> = {
  '93.184.215.14': exampleCom,
  '142.250.185.78': redirect('http://www.google.com/', 'gws', GOOGLE_MOVED_PAGE),
  '142.250.185.68': googleHome,
  '141.193.213.20': redirect('https://www.docker.com/', 'cloudflare', CLOUDFLARE_MOVED),
  '141.193.213.21': redirect('https://www.docker.com/', 'cloudflare', CLOUDFLARE_MOVED),
};

export type OutsideAnswer = { kind: 'response'; response: HttpResponse } | { kind: 'timeout' };

/** What a web request to a public address gets. Sites answer on 80 and 443; other ports are filtered. */
export function requestOutside(ip: string, port: number, req: HttpRequest, now: number, secure: boolean): OutsideAnswer {
  const site = Object.hasOwn(SITES, ip) ? SITES[ip] : undefined;
  if (!site || (port !== 80 && port !== 443)) return { kind: 'timeout' };
  return { kind: 'response', response: site(req, now, secure) };
}
