// `python -m http.server` in a container, seen from the docker host: the listing and error pages
// per Python version, the request log on stderr, and the start-up line that waits in stdout's
// buffer until Ctrl-C's KeyboardInterrupt flushes it.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../engine/createWorld';
import type { World } from '../engine/world';
import './index';
import { type, typeAll } from './testing/shellHarness';

function serve(profile: 'classic' | 'current', image: string): World {
  const w = createWorld({ profile });
  return typeAll(w, [`docker pull ${image}`, `docker run -d --name web -p 8000:8000 -w /usr/local ${image} python -m http.server`]).world;
}

describe('python -m http.server 3.6 (2018)', () => {
  const w = serve('classic', 'python:3.6.4-slim');

  it('lists the working directory in HTML 4.01', () => {
    const r = type(w, 'curl -s localhost:8000/');
    expect(r.stdout).toBe(
      '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">\n<html>\n<head>\n' +
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<title>Directory listing for /</title>\n</head>\n' +
        '<body>\n<h1>Directory listing for /</h1>\n<hr>\n<ul>\n<li><a href="bin/">bin/</a></li>\n<li><a href="lib/">lib/</a></li>\n<li><a href="sbin/">sbin/</a></li>\n</ul>\n<hr>\n</body>\n</html>\n',
    );
  });

  it('logs requests on stderr while the start-up line stays buffered', () => {
    const after = typeAll(w, ['curl -s localhost:8000/', 'curl -s localhost:8000/x']).world;
    const logs = type(after, 'docker logs web');
    expect(logs.stdout).toBe('');
    expect(logs.stderr).toBe(
      '172.17.0.1 - - [20/May/2018 10:00:02] "GET / HTTP/1.1" 200 -\n' +
        '172.17.0.1 - - [20/May/2018 10:00:02] code 404, message File not found\n' +
        '172.17.0.1 - - [20/May/2018 10:00:02] "GET /x HTTP/1.1" 404 -\n',
    );
  });

  it('answers a missing file with the 404 page', () => {
    expect(type(w, 'curl -s localhost:8000/x').stdout).toBe(
      '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN"\n        "http://www.w3.org/TR/html4/strict.dtd">\n<html>\n    <head>\n' +
        '        <meta http-equiv="Content-Type" content="text/html;charset=utf-8">\n        <title>Error response</title>\n    </head>\n    <body>\n' +
        '        <h1>Error response</h1>\n        <p>Error code: 404</p>\n        <p>Message: File not found.</p>\n' +
        '        <p>Error code explanation: 404 - Nothing matches the given URI.</p>\n    </body>\n</html>\n',
    );
  });
});

describe('python -m http.server 3.12 (today)', () => {
  const w = serve('current', 'python:3.12-slim');

  it('serves HTML5 with SimpleHTTP headers and redirects a directory without its slash', () => {
    const r = type(w, 'curl -si localhost:8000/lib');
    expect(r.stdout.split('\r\n').slice(1, 5).join('|').replace(/Date: [^|]+/, 'Date: X')).toBe('Server: SimpleHTTP/0.6 Python/3.12.12|Date: X|Location: /lib/|Content-Length: 0');
    const page = type(w, 'curl -s localhost:8000/');
    expect(page.stdout.split('\n').slice(0, 5)).toEqual(['<!DOCTYPE HTML>', '<html lang="en">', '<head>', '<meta charset="utf-8">', '<title>Directory listing for /</title>']);
  });

  it('logs IPv4 clients as ::ffff: on the dual-stack bind', () => {
    const after = type(w, 'curl -s localhost:8000/').world;
    expect(type(after, 'docker logs web').stderr).toMatch(/^::ffff:172\.17\.0\.1 - - \[15\/Jan\/2026 10:00:\d\d\] "GET \/ HTTP\/1\.1" 200 -\n$/);
  });
});
