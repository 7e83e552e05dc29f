// tutum/hello-world: an Alpine image with nginx + php-fpm serving /www/index.php. Built in 2015
// and never rebuilt, so both eras pull the same image.
import type { ProfileName } from '../../world';
import type { CatalogImage } from '../catalogTypes';
import { ALPINE_BASES } from '../bases/alpine';
import { bins, defineImage, defineLayer } from '../defineCatalog';
import { copy } from '../steps';
import { TUTUM_INDEX_PHP } from './tutumIndexPhp';

const CREATED = '2015-12-11T20:10:52.311Z';
const CMD = 'php-fpm -d variables_order="EGPCS" && (tail -F /var/log/nginx/access.log &) && exec nginx -g "daemon off;"';

const layer = (n: string, size: number, compressed: number, files = {}) =>
  defineLayer({ seed: `tutum/hello-world@${CREATED}/${n}`, size, compressed, created: CREATED, files });

function tutum(era: ProfileName): CatalogImage {
  return defineImage({
    era,
    repo: 'tutum/hello-world',
    tags: ['latest'],
    created: CREATED,
    id: '31e17b0746e4',
    dockerVersion: '1.8.3',
    author: 'support@tutum.co',
    base: ALPINE_BASES.v32,
    steps: [
      '/bin/sh -c #(nop) MAINTAINER support@tutum.co',
      [
        '/bin/sh -c apk --update add nginx php-fpm &&     mkdir -p /var/log/nginx &&     touch /var/log/nginx/access.log &&     mkdir -p /tmp/nginx &&     echo "clear_env = no" >> /etc/php/php-fpm.conf',
        layer('packages', 12_420_000, 4_230_000, {
          ...bins('/usr/sbin', ['nginx'], 820_000),
          ...bins('/usr/bin', ['php-fpm', 'php'], 3_900_000),
          '/etc/php/php-fpm.conf': 'clear_env = no\n',
          '/var/log/nginx/access.log': '',
          '/tmp/nginx': { dir: 0o755 },
        }),
      ],
      copy('classic', 'www', '/www', layer('www', 145_000, 61_000, { '/www/index.php': TUTUM_INDEX_PHP, '/www/logo.png': { bin: 144_270 } }), 'ADD'),
      copy('classic', 'nginx.conf', '/etc/nginx/', layer('conf', 1_100, 610, { '/etc/nginx/nginx.conf': 'daemon off;\nworker_processes  1;\n' }), 'ADD'),
      '/bin/sh -c #(nop) EXPOSE 80/tcp',
      `/bin/sh -c #(nop) CMD ["/bin/sh" "-c" "${CMD.replace(/"/g, '\\"')}"]`,
    ],
    config: { cmd: ['/bin/sh', '-c', CMD], exposedPorts: ['80/tcp'] },
  });
}

export const TUTUM_HELLO_WORLD: CatalogImage[] = [tutum('classic'), tutum('current')];
