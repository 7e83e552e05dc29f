// httpd: Debian slim + Apache built from source into /usr/local/apache2, CMD httpd-foreground.
// Today's image stops with SIGWINCH (graceful stop); the 2018 image had no STOPSIGNAL.
import type { ProfileName } from '../../world';
import type { CatalogImage, CatalogStep, FileSet } from '../catalogTypes';
import { DEBIAN_BASES } from '../bases/debian';
import { bins, defineImage, defineLayer } from '../defineCatalog';
import { copy, nop, run, workdir } from '../steps';

const PREFIX = '/usr/local/apache2';
export const HTTPD_INDEX = '<html><body><h1>It works!</h1></body></html>\n';

function httpdFiles(): FileSet {
  return {
    ...bins(`${PREFIX}/bin`, ['httpd', 'apachectl', 'htpasswd', 'ab', 'rotatelogs'], 120_000, { httpd: 2_410_000 }),
    [`${PREFIX}/conf/httpd.conf`]: 'ServerRoot "/usr/local/apache2"\nListen 80\nDocumentRoot "/usr/local/apache2/htdocs"\nErrorLog /proc/self/fd/2\nCustomLog /proc/self/fd/1 common\n',
    [`${PREFIX}/htdocs/index.html`]: HTTPD_INDEX,
    [`${PREFIX}/logs`]: { dir: 0o755 },
  };
}

function httpd(era: ProfileName, version: string, tags: string[], created: string, base: CatalogStep[], sizes: [number, number]): CatalogImage {
  const layer = (n: string, size: number, compressed: number, files: FileSet = {}) =>
    defineLayer({ seed: `httpd:${version}@${created}/${n}`, size, compressed, created, files });
  const env = [`HTTPD_PREFIX=${PREFIX}`, `PATH=${PREFIX}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`, `HTTPD_VERSION=${version}`];
  return defineImage({
    era,
    repo: 'httpd',
    tags,
    created,
    base,
    steps: [
      nop(era, `ENV ${env[0]}`),
      nop(era, `ENV ${env[1]}`),
      run(era, 'mkdir -p "$HTTPD_PREFIX" \t&& chown www-data:www-data "$HTTPD_PREFIX"', layer('prefix', 0, 150, { [PREFIX]: { dir: 0o755 } })),
      workdir(era, PREFIX),
      run(era, 'set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibapr1-dev \t\tlibaprutil1-dev \t\tlibaprutil1-ldap \t; \trm -rf /var/lib/apt/lists/*', layer('deps', 11_200_000, 4_180_000)),
      nop(era, `ENV ${env[2]}`),
      run(era, 'set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tbzip2 \t\tdpkg-dev \t\tgcc \t\tlibssl-dev \t\tmake \t\twget \t; \t\tddist \'httpd.tar.bz2\' "httpd/httpd-$HTTPD_VERSION.tar.bz2"; \t\t./configure \t\t--build="$gnuArch" \t\t--prefix="$HTTPD_PREFIX" \t\t--enable-mods-shared=reallyall \t\t--enable-mpms-shared=all \t; \tmake -j "$(nproc)"; \tmake install; \t\thttpd -v', layer('build', sizes[0], sizes[1], httpdFiles())),
      ...(era === 'current' ? [nop(era, 'STOPSIGNAL SIGWINCH')] : []),
      copy(era, 'httpd-foreground', '/usr/local/bin/', layer('foreground', 138, 301, { '/usr/local/bin/httpd-foreground': { script: '#!/bin/sh\nset -e\n\n# Apache gets grumpy about PID files pre-existing\nrm -f /usr/local/apache2/logs/httpd.pid\n\nexec httpd -DFOREGROUND "$@"\n' } })),
      nop(era, era === 'classic' ? 'EXPOSE 80/tcp' : 'EXPOSE map[80/tcp:{}]'),
      nop(era, 'CMD ["httpd-foreground"]'),
    ],
    config: {
      cmd: ['httpd-foreground'],
      env: [env[1], env[0], env[2]],
      workingDir: PREFIX,
      exposedPorts: ['80/tcp'],
      stopSignal: era === 'current' ? 'SIGWINCH' : undefined,
    },
  });
}

export const HTTPD: CatalogImage[] = [
  httpd('classic', '2.4.33', ['latest', '2', '2.4', '2.4.33'], '2018-05-01T07:32:19.214Z', DEBIAN_BASES.stretchSlim, [120_700_000, 30_120_000]),
  httpd('current', '2.4.65', ['latest', '2', '2.4', '2.4.65'], '2025-12-09T02:14:51.000Z', DEBIAN_BASES.trixieSlim, [38_640_000, 25_930_000]),
];
