import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../engine/createWorld';
import type { World } from '../../../engine/world';
import { tickBy, type, typeAll } from '../../testing/shellHarness';

function withNginx(profile: 'classic' | 'current'): World {
  return typeAll(createWorld({ profile }), ['docker run -d --name web -p 8080:80 nginx']).world;
}

describe('curl on the host', () => {
  it('fetches the page through the published port and logs the request in nginx', () => {
    const w = withNginx('classic');
    const r = type(w, 'curl -s localhost:8080');
    expect(r.stdout.split('\n').slice(0, 4)).toEqual(['<!DOCTYPE html>', '<html>', '<head>', '<title>Welcome to nginx!</title>']);
    const logs = type(r.world, 'docker logs web');
    expect(logs.stdout).toBe('172.17.0.1 - - [20/May/2018:10:00:02 +0000] "GET / HTTP/1.1" 200 612 "-" "curl/7.58.0" "-"\n');
  });

  it('-o /dev/null throws the body away', () => {
    const r = type(withNginx('classic'), 'curl -s -o /dev/null localhost:8080');
    expect({ out: r.stdout, err: r.stderr, code: r.exitCode }).toEqual({ out: '', err: '', code: 0 });
  });

  it('prints the headers with -I, CRLF as sent', () => {
    const r = type(withNginx('classic'), 'curl -I http://192.168.99.100:8080/');
    expect(r.stdout).toBe(
      'HTTP/1.1 200 OK\r\nServer: nginx/1.13.12\r\nDate: Sun, 20 May 2018 10:00:02 GMT\r\nContent-Type: text/html\r\nContent-Length: 612\r\n' +
        'Last-Modified: Mon, 09 Apr 2018 16:01:09 GMT\r\nConnection: keep-alive\r\nETag: "5acb8e45-264"\r\nAccept-Ranges: bytes\r\n\r\n',
    );
  });

  it('traces the exchange with -v in the current curl', () => {
    const r = type(withNginx('current'), 'curl -v -s 172.17.0.2 -o /dev/null');
    expect(r.stderr.split('\n').slice(0, 3)).toEqual(['*   Trying 172.17.0.2:80...', '* Connected to 172.17.0.2 (172.17.0.2) port 80', '> GET / HTTP/1.1\r']);
    expect(r.stderr).toContain('< HTTP/1.1 200 OK\r\n');
  });

  it('reports a refused connection per era', () => {
    const classic = type(withNginx('classic'), 'curl localhost:8081');
    expect([classic.stderr, classic.exitCode]).toEqual(['curl: (7) Failed to connect to localhost port 8081: Connection refused\n', 7]);
    const current = type(withNginx('current'), 'curl localhost:8081');
    expect(current.stderr).toBe("curl: (7) Failed to connect to localhost port 8081 after 0 ms: Couldn't connect to server\n");
  });

  it('cannot resolve an unknown name', () => {
    const r = type(createWorld({ profile: 'classic' }), 'curl foo');
    expect([r.stderr, r.exitCode]).toEqual(['curl: (6) Could not resolve host: foo\n', 6]);
  });

  it('reaches example.com through NAT', () => {
    const r = type(createWorld({ profile: 'current' }), 'curl -s http://example.com');
    expect(r.stdout).toContain('<h1>Example Domain</h1>');
  });

  it('waits out a dropped connection with -m', () => {
    const r = type(createWorld({ profile: 'classic' }), 'curl -m 10 http://10.1.2.3');
    expect(r.running).toBe(true);
    const t = tickBy(r.world, 11_000);
    expect([t.stderr, t.exitCode]).toEqual(['curl: (28) Connection timed out after 10001 milliseconds\n', 28]);
  });
});

describe('wget in busybox', () => {
  it('writes the page to stdout with -O -, quietly with -q', () => {
    const w = typeAll(withNginx('classic'), ['docker run -it --rm busybox']).world;
    const r = type(w, 'wget -q -O - http://172.17.0.2');
    expect(r.stdout.startsWith('<!DOCTYPE html>\n')).toBe(true);
    expect(r.stderr).toBe('');
    const s = type(r.world, 'wget http://172.17.0.2');
    expect(s.stderr).toBe("Connecting to 172.17.0.2 (172.17.0.2:80)\nsaving to 'index.html'\nindex.html           100% |********************************|   612  0:00:00 ETA\n'index.html' saved\n");
    expect(type(s.world, 'wget nope').stderr).toBe("wget: bad address 'nope'\n");
    expect(type(s.world, 'curl x').stderr).toBe('sh: curl: not found\n');
  });
});
