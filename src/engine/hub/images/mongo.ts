// mongo: the MongoDB packages on Debian jessie-slim (2018, 3.6) or Ubuntu noble (now, 8.2).
// The current image shares the ubuntu:24.04 layer with `ubuntu:latest`.
import type { ProfileName } from '../../world';
import type { CatalogImage, CatalogStep, FileSet } from '../catalogTypes';
import { DEBIAN_BASES } from '../bases/debian';
import { UBUNTU_BASES } from '../bases/ubuntu';
import { bins, defineImage, defineLayer } from '../defineCatalog';
import { copy, nop, run } from '../steps';

interface MongoSpec {
  era: ProfileName;
  major: string;
  version: string;
  tags: string[];
  created: string;
  base: CatalogStep[];
  env: string[];
  serverSize: [number, number];
  shell: string; // mongo (2018) or mongosh
}

function mongo(spec: MongoSpec): CatalogImage {
  const { era } = spec;
  const layer = (n: string, size: number, compressed: number, files: FileSet = {}) =>
    defineLayer({ seed: `mongo:${spec.version}@${spec.created}/${n}`, size, compressed, created: spec.created, files });
  return defineImage({
    era,
    repo: 'mongo',
    tags: spec.tags,
    created: spec.created,
    base: spec.base,
    steps: [
      run(era, 'groupadd --gid 999 --system mongodb && useradd --uid 999 --system --gid mongodb --home-dir /data/db mongodb && mkdir -p /data/db /data/configdb && chown -R mongodb:mongodb /data/db /data/configdb', layer('user', 3_450, 1_230, { '/data/db': { dir: 0o755 }, '/data/configdb': { dir: 0o755 } })),
      run(era, era === 'classic' ? 'apt-get update \t&& apt-get install -y --no-install-recommends \t\tca-certificates \t\tjq \t\tnumactl \t&& rm -rf /var/lib/apt/lists/*' : 'set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tjq \t\tnumactl \t\tprocps \t; \tif ! command -v ps > /dev/null; then \t\tapt-get install -y --no-install-recommends procps; \tfi; \trm -rf /var/lib/apt/lists/*', layer('deps', 5_120_000, 2_090_000, era === 'classic' ? {} : bins('/usr/bin', ['ps', 'top', 'free', 'pgrep', 'kill'], 140_000))),
      ...spec.env.filter((e) => !e.startsWith('MONGO_')).map((e) => nop(era, `ENV ${e}`)),
      run(era, 'set -ex; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\twget \t; \twget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \tchmod +x /usr/local/bin/gosu; \tgosu --version; \tgosu nobody true', layer('gosu', 7_120_000, 2_940_000, { '/usr/local/bin/gosu': { bin: 2_280_000 } })),
      run(era, 'mkdir /docker-entrypoint-initdb.d', layer('initdb', 0, 115, { '/docker-entrypoint-initdb.d': { dir: 0o755 } })),
      ...spec.env.filter((e) => e.startsWith('MONGO_')).map((e) => nop(era, `ENV ${e}`)),
      run(era, 'set -x \t&& export DEBIAN_FRONTEND=noninteractive \t&& apt-get update \t&& apt-get install -y \t\t${MONGO_PACKAGE}=$MONGO_VERSION \t\t${MONGO_PACKAGE}-server=$MONGO_VERSION \t\t${MONGO_PACKAGE}-shell=$MONGO_VERSION \t\t${MONGO_PACKAGE}-mongos=$MONGO_VERSION \t\t${MONGO_PACKAGE}-tools=$MONGO_VERSION \t&& rm -rf /var/lib/apt/lists/* \t&& rm -rf /var/lib/mongodb \t&& mv /etc/mongod.conf /etc/mongod.conf.orig', layer('server', spec.serverSize[0], spec.serverSize[1], bins('/usr/bin', ['mongod', 'mongos', spec.shell, 'mongodump', 'mongorestore'], 18_000_000, { mongod: 61_000_000, mongos: 34_000_000 }))),
      nop(era, 'VOLUME [/data/db /data/configdb]'),
      ...(era === 'current' ? [nop(era, 'ENV HOME=/data/db')] : []),
      copy(era, 'docker-entrypoint.sh', '/usr/local/bin/', layer('entrypoint', 15_200, 5_020, { '/usr/local/bin/docker-entrypoint.sh': { script: '#!/bin/bash\nset -Eeuo pipefail\n\nif [ "${1:0:1}" = \'-\' ]; then\n\tset -- mongod "$@"\nfi\n' } })),
      nop(era, 'ENTRYPOINT ["docker-entrypoint.sh"]'),
      nop(era, era === 'classic' ? 'EXPOSE 27017/tcp' : 'EXPOSE map[27017/tcp:{}]'),
      nop(era, 'CMD ["mongod"]'),
    ],
    config: {
      cmd: ['mongod'],
      entrypoint: ['docker-entrypoint.sh'],
      env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', ...spec.env, ...(era === 'current' ? ['HOME=/data/db'] : [])],
      exposedPorts: ['27017/tcp'],
      volumes: ['/data/configdb', '/data/db'],
    },
  });
}

export const MONGO: CatalogImage[] = [
  mongo({
    era: 'classic',
    major: '3.6',
    version: '3.6.4',
    tags: ['latest', '3', '3.6', '3.6.4', 'jessie'],
    created: '2018-05-01T06:27:36.412Z',
    base: DEBIAN_BASES.jessieSlim,
    env: ['GOSU_VERSION=1.10', 'JSYAML_VERSION=3.10.0', 'GPG_KEYS=2930ADAE8CAF5059EE73BB4B58712A2291FA4AD5', 'MONGO_PACKAGE=mongodb-org', 'MONGO_REPO=repo.mongodb.org', 'MONGO_MAJOR=3.6', 'MONGO_VERSION=3.6.4'],
    serverSize: [275_600_000, 79_700_000],
    shell: 'mongo',
  }),
  mongo({
    era: 'current',
    major: '8.2',
    version: '8.2.3',
    tags: ['latest', '8', '8.2', '8.2.3', 'noble'],
    created: '2025-12-12T19:04:40.000Z',
    base: UBUNTU_BASES.current.noble,
    env: ['GOSU_VERSION=1.19', 'JSYAML_VERSION=3.13.1', 'JSYAML_CHECKSUM=662e32319bdd378e91f67578e56a34954b0a2e33aca11d70ab9f4826af24b941', 'MONGO_PACKAGE=mongodb-org', 'MONGO_REPO=repo.mongodb.org', 'MONGO_MAJOR=8.2', 'MONGO_VERSION=8.2.3'],
    serverSize: [804_300_000, 275_380_000],
    shell: 'mongosh',
  }),
];
