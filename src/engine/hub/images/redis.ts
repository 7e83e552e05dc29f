// redis: Debian slim + a source-built redis-server, data VOLUME /data, WORKDIR /data.
import type { ProfileName } from '../../world';
import type { CatalogImage, CatalogStep, FileSet } from '../catalogTypes';
import { DEBIAN_BASES } from '../bases/debian';
import { bins, defineImage, defineLayer } from '../defineCatalog';
import { copy, nop, run, workdir } from '../steps';

function redis(era: ProfileName, version: string, tags: string[], created: string, base: CatalogStep[], gosu: string, buildSize: [number, number]): CatalogImage {
  const layer = (n: string, size: number, compressed: number, files: FileSet = {}) =>
    defineLayer({ seed: `redis:${version}@${created}/${n}`, size, compressed, created, files });
  const url = `http://download.redis.io/releases/redis-${version}.tar.gz`;
  const env = [`GOSU_VERSION=${gosu}`, `REDIS_VERSION=${version}`, `REDIS_DOWNLOAD_URL=${url}`];
  return defineImage({
    era,
    repo: 'redis',
    tags,
    created,
    base,
    steps: [
      run(era, 'groupadd -r -g 999 redis && useradd -r -g redis -u 999 redis', layer('user', 329_000, 1_730)),
      ...env.slice(0, 1).map((e) => nop(era, `ENV ${e}`)),
      run(era, 'set -eux; \tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends ca-certificates dirmngr gnupg wget; \twget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \tchmod +x /usr/local/bin/gosu; \tgosu --version; \tgosu nobody true', layer('gosu', 4_180_000, 1_520_000, { '/usr/local/bin/gosu': { bin: 2_280_000 } })),
      ...env.slice(1).map((e) => nop(era, `ENV ${e}`)),
      run(era, "set -eux; \t\tsavedAptMark=\"$(apt-mark showmanual)\"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\twget \t\t\t\tgcc \t\tlibc6-dev \t\tmake \t; \t\twget -O redis.tar.gz \"$REDIS_DOWNLOAD_URL\"; \tmkdir -p /usr/src/redis; \ttar -xzf redis.tar.gz -C /usr/src/redis --strip-components=1; \tmake -C /usr/src/redis -j \"$(nproc)\" all; \tmake -C /usr/src/redis install; \tredis-cli --version; \tredis-server --version", layer('build', buildSize[0], buildSize[1], bins('/usr/local/bin', ['redis-server', 'redis-cli', 'redis-benchmark', 'redis-check-aof', 'redis-check-rdb', 'redis-sentinel'], 8_400_000, { 'redis-cli': 1_100_000, 'redis-benchmark': 620_000 }))),
      run(era, 'mkdir /data && chown redis:redis /data', layer('data', 0, 97, { '/data': { dir: 0o755 } })),
      nop(era, 'VOLUME [/data]'),
      workdir(era, '/data'),
      copy(era, 'docker-entrypoint.sh', '/usr/local/bin/', layer('entrypoint', 661, 420, { '/usr/local/bin/docker-entrypoint.sh': { script: "#!/bin/sh\nset -e\n\n# first arg is `-f` or `--some-option`\n# or first arg is `something.conf`\nif [ \"${1#-}\" != \"$1\" ] || [ \"${1%.conf}\" != \"$1\" ]; then\n\tset -- redis-server \"$@\"\nfi\n" } })),
      nop(era, 'ENTRYPOINT ["docker-entrypoint.sh"]'),
      nop(era, era === 'classic' ? 'EXPOSE 6379/tcp' : 'EXPOSE map[6379/tcp:{}]'),
      nop(era, 'CMD ["redis-server"]'),
    ],
    config: {
      cmd: ['redis-server'],
      entrypoint: ['docker-entrypoint.sh'],
      env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', ...env],
      workingDir: '/data',
      exposedPorts: ['6379/tcp'],
      volumes: ['/data'],
    },
  });
}

export const REDIS: CatalogImage[] = [
  redis('classic', '4.0.9', ['latest', '4', '4.0', '4.0.9'], '2018-05-01T06:42:07.018Z', DEBIAN_BASES.stretchSlim, '1.10', [47_610_000, 17_690_000]),
  redis('current', '8.4.0', ['latest', '8', '8.4', '8.4.0'], '2025-12-09T03:00:21.000Z', DEBIAN_BASES.trixieSlim, '1.19', [56_330_000, 20_470_000]),
];
