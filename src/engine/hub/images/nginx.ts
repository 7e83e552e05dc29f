// nginx: Debian slim + the nginx.org packages. Logs are symlinked to the container's stdout/stderr.
// Current images run /docker-entrypoint.sh and stop with SIGQUIT.
import type { CatalogImage, FileSet } from '../catalogTypes';
import { DEBIAN_BASES } from '../bases/debian';
import { bins, defineImage, defineLayer } from '../defineCatalog';
import { copy, nop, run } from '../steps';
import { NGINX_50X_HTML, nginxIndexHtml } from './nginxPage';

const MAINTAINER = 'NGINX Docker Maintainers <docker-maint@nginx.com>';

function nginxFiles(colorScheme: boolean): FileSet {
  return {
    ...bins('/usr/sbin', ['nginx', 'nginx-debug'], 1_480_000),
    '/etc/nginx/nginx.conf': '\nuser  nginx;\nworker_processes  auto;\n\nerror_log  /var/log/nginx/error.log notice;\npid        /var/run/nginx.pid;\n',
    '/etc/nginx/conf.d/default.conf': 'server {\n    listen       80;\n    listen  [::]:80;\n    server_name  localhost;\n\n    location / {\n        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n}\n',
    '/usr/share/nginx/html/index.html': nginxIndexHtml(colorScheme),
    '/usr/share/nginx/html/50x.html': NGINX_50X_HTML,
    '/var/cache/nginx': { dir: 0o755 },
  };
}

const LOG_LINKS: FileSet = { '/var/log/nginx/access.log': { link: '/dev/stdout' }, '/var/log/nginx/error.log': { link: '/dev/stderr' } };

const classic = (() => {
  const created = '2018-05-01T05:25:41.823Z';
  const layer = (n: string, size: number, compressed: number, files: FileSet = {}) =>
    defineLayer({ seed: `nginx:1.13.12@${created}/${n}`, size, compressed, created, files });
  return defineImage({
    era: 'classic',
    repo: 'nginx',
    tags: ['latest', '1.13', '1.13.12', 'mainline'],
    created,
    base: DEBIAN_BASES.stretchSlim,
    steps: [
      nop('classic', `LABEL maintainer=${MAINTAINER}`),
      nop('classic', 'ENV NGINX_VERSION=1.13.12-1~stretch'),
      nop('classic', 'ENV NJS_VERSION=1.13.12.0.2.0-1~stretch'),
      run('classic', 'set -x \t&& apt-get update \t&& apt-get install --no-install-recommends --no-install-suggests -y gnupg1 apt-transport-https ca-certificates \t&& NGINX_GPGKEY=573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62; \t&& apt-get install --no-install-recommends --no-install-suggests -y \t\t\t\t\t\t$nginxPackages \t\t\t\t\t\tgettext-base \t&& apt-get remove --purge --auto-remove -y apt-transport-https ca-certificates && rm -rf /var/lib/apt/lists/* /etc/apt/sources.list.d/nginx.list', layer('install', 53_700_000, 22_260_000, nginxFiles(false))),
      run('classic', 'ln -sf /dev/stdout /var/log/nginx/access.log \t&& ln -sf /dev/stderr /var/log/nginx/error.log', layer('logs', 22, 203, LOG_LINKS)),
      nop('classic', 'EXPOSE 80/tcp'),
      nop('classic', 'STOPSIGNAL [SIGTERM]'),
      nop('classic', 'CMD ["nginx" "-g" "daemon off;"]'),
    ],
    config: {
      cmd: ['nginx', '-g', 'daemon off;'],
      env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'NGINX_VERSION=1.13.12-1~stretch', 'NJS_VERSION=1.13.12.0.2.0-1~stretch'],
      exposedPorts: ['80/tcp'],
      labels: { maintainer: MAINTAINER },
      stopSignal: 'SIGTERM',
    },
  });
})();

const current = (() => {
  const created = '2025-12-09T22:24:05.000Z';
  const layer = (n: string, size: number, compressed: number, files: FileSet = {}) =>
    defineLayer({ seed: `nginx:1.29.4@${created}/${n}`, size, compressed, created, files });
  const env = ['NGINX_VERSION=1.29.4', 'NJS_VERSION=0.9.4', 'NJS_RELEASE=1~trixie', 'ACME_VERSION=0.3.1', 'PKG_RELEASE=1~trixie', 'DYNPKG_RELEASE=1~trixie'];
  const script = (name: string) => ({ script: `#!/bin/sh\n# vim:sw=4:ts=4:et\n# ${name}\n` });
  return defineImage({
    era: 'current',
    repo: 'nginx',
    tags: ['latest', '1.29', '1.29.4', 'mainline', 'trixie'],
    created,
    base: DEBIAN_BASES.trixieSlim,
    steps: [
      nop('current', `LABEL maintainer=${MAINTAINER}`),
      ...env.map((e) => nop('current', `ENV ${e}`)),
      run('current', 'set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx     && apt-get update     && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates     &&     NGINX_GPGKEYS="573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62 8540A6F18833A80E9C1653A42FD21310B49F6B46 9E9BE90EACBCDE69FE9B204CBCDCD8A38D88A2B3";', layer('install', 113_330_000, 41_120_000, { ...nginxFiles(true), ...LOG_LINKS, '/docker-entrypoint.d': { dir: 0o755 } })),
      copy('current', 'docker-entrypoint.sh', '/', layer('entrypoint', 1_620, 627, { '/docker-entrypoint.sh': { script: '#!/bin/sh\n# vim:sw=4:ts=4:et\n\nset -e\n\nentrypoint_log() {\n    if [ -z "${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then\n        echo "$@"\n    fi\n}\n' } })),
      copy('current', '10-listen-on-ipv6-by-default.sh', '/docker-entrypoint.d', layer('ipv6', 2_120, 956, { '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh': script('10-listen-on-ipv6-by-default.sh') })),
      copy('current', '15-local-resolvers.envsh', '/docker-entrypoint.d', layer('resolvers', 389, 404, { '/docker-entrypoint.d/15-local-resolvers.envsh': script('15-local-resolvers.envsh') })),
      copy('current', '20-envsubst-on-templates.sh', '/docker-entrypoint.d', layer('envsubst', 3_020, 1_210, { '/docker-entrypoint.d/20-envsubst-on-templates.sh': script('20-envsubst-on-templates.sh') })),
      copy('current', '30-tune-worker-processes.sh', '/docker-entrypoint.d', layer('tune', 4_620, 1_400, { '/docker-entrypoint.d/30-tune-worker-processes.sh': script('30-tune-worker-processes.sh') })),
      nop('current', 'ENTRYPOINT ["/docker-entrypoint.sh"]'),
      nop('current', 'EXPOSE map[80/tcp:{}]'),
      nop('current', 'STOPSIGNAL SIGQUIT'),
      nop('current', 'CMD ["nginx" "-g" "daemon off;"]'),
    ],
    config: {
      cmd: ['nginx', '-g', 'daemon off;'],
      entrypoint: ['/docker-entrypoint.sh'],
      env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', ...env],
      exposedPorts: ['80/tcp'],
      labels: { maintainer: MAINTAINER },
      stopSignal: 'SIGQUIT',
    },
  });
})();

export const NGINX: CatalogImage[] = [classic, current];
