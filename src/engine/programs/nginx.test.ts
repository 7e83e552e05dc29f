import { describe, expect, it } from 'vitest';
import { dockerEntrypoint } from './dockerEntrypoint';
import { runProgram } from './fakeProgramApi';
import { nginx } from './nginx';
import { nginxIndexHtml } from '../hub/images/nginxPage';
import './registry';
import { sh } from './shell';

describe('nginx (2018 image)', () => {
  it('starts silently, listens on 80 and serves the welcome page with an access line', () => {
    const r = runProgram(nginx, ['nginx', '-g', 'daemon off;'], { profile: 'classic' });
    expect([r.stdout, r.stderr, r.listens, r.exitCode]).toEqual(['', '', ['80/tcp'], undefined]);
    r.advance(5000);
    const res = r.http({});
    expect(res.status).toBe(200);
    expect(res.body).toBe(nginxIndexHtml(false));
    expect(res.headers).toEqual({
      Server: 'nginx/1.13.12',
      Date: 'Sun, 20 May 2018 10:00:05 GMT',
      'Content-Type': 'text/html',
      'Content-Length': '612',
      'Last-Modified': 'Mon, 09 Apr 2018 16:01:09 GMT',
      Connection: 'keep-alive',
      ETag: '"5acb8e45-264"',
      'Accept-Ranges': 'bytes',
    });
    expect(r.stdout).toBe('172.17.0.1 - - [20/May/2018:10:00:05 +0000] "GET / HTTP/1.1" 200 612 "-" "curl/7.58.0" "-"\n');
  });

  it('answers 404 with its error page and an error-log line', () => {
    const r = runProgram(nginx, ['nginx', '-g', 'daemon off;'], { profile: 'classic' });
    const res = r.http({ path: '/nope', headers: { Host: 'localhost:8080', 'User-Agent': 'curl/7.58.0' } });
    expect(res.status).toBe(404);
    expect(res.body).toBe(
      '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body bgcolor="white">\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.13.12</center>\r\n</body>\r\n</html>\r\n',
    );
    expect(r.stderr).toBe(
      '2018/05/20 10:00:00 [error] 7#7: *1 open() "/usr/share/nginx/html/nope" failed (2: No such file or directory), client: 172.17.0.1, server: localhost, request: "GET /nope HTTP/1.1", host: "localhost:8080"\n',
    );
    expect(r.stdout).toBe('172.17.0.1 - - [20/May/2018:10:00:00 +0000] "GET /nope HTTP/1.1" 404 170 "-" "curl/7.58.0" "-"\n');
  });

  it('serves a file the student put in the html root', () => {
    const r = runProgram(nginx, ['nginx'], { profile: 'classic', files: { '/usr/share/nginx/html/index.html': '<h1>Mine</h1>\n' } });
    expect(r.http({}).body).toBe('<h1>Mine</h1>\n');
  });

  it('exits 0 on SIGTERM without a word', () => {
    const r = runProgram(nginx, ['nginx', '-g', 'daemon off;'], { profile: 'classic' });
    r.signal('SIGTERM');
    expect([r.exitCode, r.stderr]).toEqual([0, '']);
  });
});

const ENTRYPOINT_LOG = `/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf
10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf
/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh
/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh
/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh
/docker-entrypoint.sh: Configuration complete; ready for start up
`;

describe('nginx (current image)', () => {
  const conf = { '/etc/nginx/conf.d/default.conf': 'server {\n    listen       80;\n    listen  [::]:80;\n}\n' };
  const fresh = { '/etc/nginx/conf.d/default.conf': 'server {\n    listen       80;\n}\n' };

  it('logs the entrypoint steps and nginx notices', () => {
    const r = runProgram(dockerEntrypoint, ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], { profile: 'current', files: fresh });
    expect(r.stdout).toBe(ENTRYPOINT_LOG);
    expect(r.files['/etc/nginx/conf.d/default.conf']).toBe(conf['/etc/nginx/conf.d/default.conf']);
    expect(r.stderr).toBe(
      [
        '2026/01/15 10:00:00 [notice] 1#1: using the "epoll" event method',
        '2026/01/15 10:00:00 [notice] 1#1: nginx/1.29.3',
        '2026/01/15 10:00:00 [notice] 1#1: built by gcc 14.2.0 (Debian 14.2.0-19)',
        '2026/01/15 10:00:00 [notice] 1#1: OS: Linux 6.8.0-88-generic',
        '2026/01/15 10:00:00 [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576',
        '2026/01/15 10:00:00 [notice] 1#1: start worker processes',
        '2026/01/15 10:00:00 [notice] 1#1: start worker process 29',
        '2026/01/15 10:00:00 [notice] 1#1: start worker process 30',
        '',
      ].join('\n'),
    );
    expect(r.listens).toEqual(['80/tcp']);
  });

  it('serves through the entrypoint and shuts down gracefully on SIGQUIT', () => {
    const r = runProgram(dockerEntrypoint, ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], { profile: 'current', files: conf });
    expect(r.stdout.split('\n')[3]).toBe('10-listen-on-ipv6-by-default.sh: info: IPv6 listen already enabled');
    const res = r.http({ headers: { 'User-Agent': 'curl/8.5.0' } });
    expect([res.body, res.headers['Content-Length'], res.headers.Server]).toEqual([nginxIndexHtml(true), '615', 'nginx/1.29.3']);
    r.stderr = '';
    r.advance(60000);
    r.signal('SIGQUIT');
    expect(r.stderr).toBe(
      [
        'signal 3 (SIGQUIT) received, shutting down',
        '29#29: gracefully shutting down',
        '29#29: exiting',
        '29#29: exit',
        '30#30: gracefully shutting down',
        '30#30: exiting',
        '30#30: exit',
        'signal 17 (SIGCHLD) received from 29',
        'worker process 29 exited with code 0',
        'signal 17 (SIGCHLD) received from 30',
        'worker process 30 exited with code 0',
        'exit',
      ]
        .map((l) => `2026/01/15 10:01:00 [notice] ${/^\d+#/.test(l) ? l.replace(/^(\d+#\d+): /, '$1: ') : `1#1: ${l}`}\n`)
        .join(''),
    );
    expect(r.exitCode).toBe(0);
  });
});

describe('tutum/hello-world', () => {
  const CMD = 'php-fpm -d variables_order="EGPCS" && (tail -F /var/log/nginx/access.log &) && exec nginx -g "daemon off;"';

  it('runs its shell command into nginx and serves the hello page with links', () => {
    const r = runProgram(sh, ['/bin/sh', '-c', CMD], {
      files: { '/www/index.php': '<?php ?>' },
      hostname: '4d5b9c2a1f3e',
      env: { HOSTNAME: '4d5b9c2a1f3e', DB_PORT: 'tcp://172.17.0.2:5432', DB_PORT_5432_TCP: 'tcp://172.17.0.2:5432', DB_PORT_5432_TCP_ADDR: '172.17.0.2' },
    });
    expect([r.exitCode, r.listens, r.stdout, r.stderr]).toEqual([undefined, ['80/tcp'], '', '']);
    const res = r.http({});
    expect(res.status).toBe(200);
    expect(res.body.slice(res.body.indexOf('<body>'))).toBe(
      '<body>\n\t<img id="logo" src="logo.png" />\n\t<h1>Hello world!</h1>\n\t<h3>My hostname is 4d5b9c2a1f3e</h3>\t\t\t<h3>Links found</h3>\n\t\t\t\t\t<b>DB</b> listening in 5432/TCP available at tcp://172.17.0.2:5432<br />\n\t\t\t\t</body>\n</html>\n',
    );
    expect(r.stdout).toBe(`172.17.0.1 - - [20/May/2018:10:00:00 +0000] "GET / HTTP/1.1" 200 ${res.body.length} "-" "curl/7.58.0"\n`);
  });

  it('greets $NAME', () => {
    const r = runProgram(nginx, ['nginx'], { files: { '/www/index.php': '' }, env: { NAME: 'Pathshala', HOSTNAME: 'abc' } });
    expect(r.http({}).body).toContain('\t<h1>Hello Pathshala!</h1>\n\t<h3>My hostname is abc</h3>\t</body>\n</html>\n');
  });
});

describe('nginx static site', () => {
  const files = {
    '/usr/share/nginx/html/index.html': '<h1>home</h1>\n',
    '/usr/share/nginx/html/docs/index.html': '<h1>docs</h1>\n',
    '/usr/share/nginx/html/empty/.keep': '',
    '/usr/share/nginx/html/app.js': 'x\n',
    '/usr/share/nginx/html/f.woff': 'x\n',
  };
  const start = (profile: 'classic' | 'current') =>
    runProgram(nginx, ['nginx', '-g', 'daemon off;'], { profile, files, filesMtime: Date.UTC(2018, 4, 19, 8, 0, 0) });

  it('redirects a directory without its slash to the Host name on nginx’s own port', () => {
    const r = start('classic');
    const res = r.http({ path: '/docs?x=1', headers: { Host: 'localhost:8080', 'User-Agent': 'curl/7.58.0' } });
    expect([res.status, res.statusText, res.headers.Location, res.headers['Content-Length']]).toEqual([301, 'Moved Permanently', 'http://localhost/docs/?x=1', '186']);
    expect(res.body).toBe(
      '<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body bgcolor="white">\r\n<center><h1>301 Moved Permanently</h1></center>\r\n<hr><center>nginx/1.13.12</center>\r\n</body>\r\n</html>\r\n',
    );
    expect(Object.keys(res.headers)).toEqual(['Server', 'Date', 'Content-Type', 'Content-Length', 'Location', 'Connection']);
    expect(r.stdout).toBe('172.17.0.1 - - [20/May/2018:10:00:00 +0000] "GET /docs?x=1 HTTP/1.1" 301 186 "-" "curl/7.58.0" "-"\n');
  });

  it('serves a directory index with the file’s Last-Modified, and forbids a directory without one', () => {
    const r = start('current');
    const ok = r.http({ path: '/docs/' });
    expect([ok.status, ok.body, ok.headers['Last-Modified'], ok.headers.ETag]).toEqual([200, '<h1>docs</h1>\n', 'Sat, 19 May 2018 08:00:00 GMT', '"5affd980-e"']);
    const denied = r.http({ path: '/empty/', headers: { Host: 'localhost:8080', 'User-Agent': 'curl/8.5.0' } });
    expect([denied.status, denied.headers['Content-Length']]).toEqual([403, '153']);
    expect(r.stderr.split('\n').filter((l) => l.includes('[error]'))).toEqual([
      expect.stringMatching(/\[error\] 29#29: \*2 directory index of "\/usr\/share\/nginx\/html\/empty\/" is forbidden, client: 172\.17\.0\.1, server: localhost, request: "GET \/empty\/ HTTP\/1\.1", host: "localhost:8080"$/),
    ]);
  });

  it('types files from its era’s mime.types and answers HEAD without a body', () => {
    const old = start('classic');
    expect(old.http({ path: '/f.woff' }).headers['Content-Type']).toBe('application/font-woff');
    const now = start('current');
    expect(now.http({ path: '/f.woff' }).headers['Content-Type']).toBe('font/woff');
    const head = now.http({ method: 'HEAD', path: '/app.js' });
    expect([head.headers['Content-Type'], head.headers['Content-Length'], head.body]).toEqual(['application/javascript', '2', '']);
    expect(now.stdout.split('\n')[1]).toMatch(/"HEAD \/app\.js HTTP\/1\.1" 200 0 /);
  });
});
