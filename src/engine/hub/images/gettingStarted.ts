// docker/getting-started: Docker's tutorial site served by nginx on Alpine (nginx:alpine + the
// built site in /usr/share/nginx/html). First published in 2019, so the 2018 hub has no such
// repository and `docker pull` is denied there. The page text is our own short stand-in.
import type { CatalogImage, FileSet } from '../catalogTypes';
import { ALPINE_BASES } from '../bases/alpine';
import { bins, defineImage, defineLayer } from '../defineCatalog';
import { copy, nop, run } from '../steps';

export const GETTING_STARTED_HTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Getting Started</title>
</head>
<body>
<h1>Getting Started</h1>
<p>Congratulations! This page is served by a container you just started.</p>
<p>You ran <code>docker run -d -p 80:80 docker/getting-started</code>:</p>
<ul>
<li><code>-d</code> runs the container in the background (detached)</li>
<li><code>-p 80:80</code> maps port 80 of the host to port 80 in the container</li>
<li><code>docker/getting-started</code> is the image to use</li>
</ul>
<p>Next: build an image for a small to-do app, share it, keep its data in a volume,
and connect it to a MySQL container on a network of its own.</p>
</body>
</html>
`;

const CREATED = '2024-05-21T13:42:58.000Z';
const MAINTAINER = 'NGINX Docker Maintainers <docker-maint@nginx.com>';

const layer = (n: string, size: number, compressed: number, files: FileSet = {}) =>
  defineLayer({ seed: `docker/getting-started@${CREATED}/${n}`, size, compressed, created: CREATED, files });

const script = (name: string) => ({ script: `#!/bin/sh\n# vim:sw=4:ts=4:et\n# ${name}\n` });

const NGINX_FILES: FileSet = {
  ...bins('/usr/sbin', ['nginx', 'nginx-debug'], 1_350_000),
  '/etc/nginx/nginx.conf': '\nuser  nginx;\nworker_processes  auto;\n\nerror_log  /var/log/nginx/error.log notice;\npid        /var/run/nginx.pid;\n',
  '/etc/nginx/conf.d/default.conf': 'server {\n    listen       80;\n    server_name  localhost;\n\n    location / {\n        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n}\n',
  '/var/log/nginx/access.log': { link: '/dev/stdout' },
  '/var/log/nginx/error.log': { link: '/dev/stderr' },
  '/var/cache/nginx': { dir: 0o755 },
  '/docker-entrypoint.d': { dir: 0o755 },
};

const image = defineImage({
  era: 'current',
  repo: 'docker/getting-started',
  tags: ['latest'],
  created: CREATED,
  base: ALPINE_BASES.v323,
  steps: [
    nop('current', `LABEL maintainer=${MAINTAINER}`),
    nop('current', 'ENV NGINX_VERSION=1.29.4'),
    run('current', 'set -x     && addgroup -g 101 -S nginx     && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx     && apkArch="$(cat /etc/apk/arch)"     && apk add --no-cache --virtual .checksum-deps openssl     && apk add -X "https://nginx.org/packages/mainline/alpine/v$(egrep -o \'^[0-9]+\\.[0-9]+\' /etc/alpine-release)/main" --no-cache $nginxPackages', layer('nginx', 5_420_000, 1_830_000, NGINX_FILES)),
    copy('current', 'docker-entrypoint.sh', '/', layer('entrypoint', 1_620, 628, { '/docker-entrypoint.sh': { script: '#!/bin/sh\n# vim:sw=4:ts=4:et\n\nset -e\n' } })),
    copy('current', '10-listen-on-ipv6-by-default.sh', '/docker-entrypoint.d', layer('ipv6', 2_120, 955, { '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh': script('10-listen-on-ipv6-by-default.sh') })),
    copy('current', '15-local-resolvers.envsh', '/docker-entrypoint.d', layer('resolvers', 389, 403, { '/docker-entrypoint.d/15-local-resolvers.envsh': script('15-local-resolvers.envsh') })),
    copy('current', '20-envsubst-on-templates.sh', '/docker-entrypoint.d', layer('envsubst', 3_020, 1_209, { '/docker-entrypoint.d/20-envsubst-on-templates.sh': script('20-envsubst-on-templates.sh') })),
    copy('current', '30-tune-worker-processes.sh', '/docker-entrypoint.d', layer('tune', 4_620, 1_399, { '/docker-entrypoint.d/30-tune-worker-processes.sh': script('30-tune-worker-processes.sh') })),
    nop('current', 'ENTRYPOINT ["/docker-entrypoint.sh"]'),
    nop('current', 'EXPOSE map[80/tcp:{}]'),
    nop('current', 'STOPSIGNAL SIGQUIT'),
    nop('current', 'CMD ["nginx" "-g" "daemon off;"]'),
    copy('current', '/app/site', '/usr/share/nginx/html', layer('site', 1_010_000, 312_000, { '/usr/share/nginx/html/index.html': GETTING_STARTED_HTML })),
  ],
  config: {
    cmd: ['nginx', '-g', 'daemon off;'],
    entrypoint: ['/docker-entrypoint.sh'],
    env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'NGINX_VERSION=1.29.4'],
    exposedPorts: ['80/tcp'],
    labels: { maintainer: MAINTAINER },
    stopSignal: 'SIGQUIT',
  },
});

export const GETTING_STARTED: CatalogImage[] = [image];
