// postgres: Debian slim + the PGDG packages, docker-entrypoint.sh, a VOLUME for the data.
// `latest` is 10.4 in 2018 and 18.1 now; `10` is the final 10.23 build now.
import type { ProfileName } from '../../world';
import type { CatalogImage, CatalogStep, FileSet } from '../catalogTypes';
import { DEBIAN_BASES } from '../bases/debian';
import { bins, defineImage, defineLayer, type StepSpec } from '../defineCatalog';
import { copy, nop, run } from '../steps';

interface PgSpec {
  era: ProfileName;
  tags: string[];
  created: string;
  base: CatalogStep[];
  major: string;
  pgVersion: string; // Debian package version
  suite: string;
  gosu: string;
  /** Sizes of the locale layer and the server layer; the small layers are fixed. */
  localeSize: number;
  serverSize: [number, number];
  pgdata: string;
  volume: string;
  stopSignal?: string;
}

function pgFiles(major: string): FileSet {
  const dir = `/usr/lib/postgresql/${major}/bin`;
  return {
    ...bins(dir, ['postgres', 'initdb', 'pg_ctl', 'pg_dump', 'pg_restore', 'psql', 'createdb', 'dropdb', 'pg_isready'], 420_000, { postgres: 7_600_000, psql: 690_000 }),
    '/usr/bin/psql': { link: '../share/postgresql-common/pg_wrapper' },
    '/usr/share/postgresql-common/pg_wrapper': { script: '#!/usr/bin/perl\n' },
    [`/usr/share/postgresql/${major}/postgresql.conf.sample`]: "listen_addresses = '*'\n",
  };
}

const ENTRYPOINT_SH = "#!/usr/bin/env bash\nset -Eeo pipefail\n# usage: file_env VAR [DEFAULT]\n#    ie: file_env 'XYZ_DB_PASSWORD' 'example'\n";

function postgres(spec: PgSpec): CatalogImage {
  const { era, major } = spec;
  const seed = `postgres:${spec.tags[0]}@${spec.created}`;
  const layer = (n: string, size: number, compressed: number, files: FileSet = {}) =>
    defineLayer({ seed: `${seed}/${n}`, size, compressed, created: spec.created, files });
  const path = `/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/${major}/bin`;
  const steps: StepSpec[] = [
    run(era, 'set -ex; \tif ! command -v gpg > /dev/null; then \t\tapt-get update; \t\tapt-get install -y --no-install-recommends \t\t\tgnupg \t\t\tdirmngr \t\t; \t\trm -rf /var/lib/apt/lists/*; \tfi', layer('gpg', 9_730_000, 4_460_000)),
    run(era, 'groupadd -r postgres --gid=999 && useradd -r -g postgres --uid=999 postgres', layer('user', 330_000, 1_700)),
    nop(era, `ENV GOSU_VERSION=${spec.gosu}`),
    run(era, 'set -x \t&& apt-get update && apt-get install -y --no-install-recommends ca-certificates wget && rm -rf /var/lib/apt/lists/* \t&& wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$(dpkg --print-architecture)" \t&& chmod +x /usr/local/bin/gosu \t&& gosu nobody true', layer('gosu', 2_850_000, 1_150_000, { '/usr/local/bin/gosu': { bin: 1_290_000 } })),
    run(era, "set -eux; \tif [ -f /etc/dpkg/dpkg.cfg.d/docker ]; then \t\tgrep -q '/usr/share/locale' /etc/dpkg/dpkg.cfg.d/docker; \t\tsed -ri '/\\/usr\\/share\\/locale/d' /etc/dpkg/dpkg.cfg.d/docker; \t\t! grep -q '/usr/share/locale' /etc/dpkg/dpkg.cfg.d/docker; \tfi; \tapt-get update; apt-get install -y locales; rm -rf /var/lib/apt/lists/*; \tlocaledef -i en_US -c -f UTF-8 -A /usr/share/locale/locale.alias en_US.UTF-8", layer('locale', spec.localeSize, Math.round(spec.localeSize / 2.6))),
    nop(era, 'ENV LANG=en_US.utf8'),
    run(era, 'set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends libnss-wrapper; \trm -rf /var/lib/apt/lists/*', layer('nss', 123_000, 45_000)),
    run(era, 'mkdir /docker-entrypoint-initdb.d', layer('initdb', 0, 115, { '/docker-entrypoint-initdb.d': { dir: 0o755 } })),
    nop(era, `ENV PG_MAJOR=${major}`),
    nop(era, `ENV PG_VERSION=${spec.pgVersion}`),
    run(era, `set -ex; \t\tdpkgArch="$(dpkg --print-architecture)"; \techo "deb http://apt.postgresql.org/pub/repos/apt/ ${spec.suite}-pgdg main $PG_MAJOR" > /etc/apt/sources.list.d/pgdg.list; \tapt-get update; \t\tapt-get install -y postgresql-common; \tsed -ri 's/#(create_main_cluster) .*$/\\1 = false/' /etc/postgresql-common/createcluster.conf; \tapt-get install -y \t\t"postgresql-$PG_MAJOR=$PG_VERSION" \t; \t\trm -rf /var/lib/apt/lists/*`, layer('server', spec.serverSize[0], spec.serverSize[1], pgFiles(major))),
    run(era, 'mkdir -p /var/run/postgresql && chown -R postgres:postgres /var/run/postgresql && chmod 2777 /var/run/postgresql', layer('run', 0, 150)),
    nop(era, `ENV PATH=${path}`),
    nop(era, `ENV PGDATA=${spec.pgdata}`),
    run(era, 'mkdir -p "$PGDATA" && chown -R postgres:postgres "$PGDATA" && chmod 777 "$PGDATA"', layer('pgdata', 0, 121, { [spec.pgdata]: { dir: 0o777 } })),
    nop(era, `VOLUME [${spec.volume}]`),
    copy(era, 'docker-entrypoint.sh', '/usr/local/bin/', layer('entrypoint', 4_120, 1_950, { '/usr/local/bin/docker-entrypoint.sh': { script: ENTRYPOINT_SH } })),
    run(era, 'ln -s usr/local/bin/docker-entrypoint.sh / # backwards compat', layer('compat', 34, 120, { '/docker-entrypoint.sh': { link: 'usr/local/bin/docker-entrypoint.sh' } })),
    nop(era, 'ENTRYPOINT ["docker-entrypoint.sh"]'),
    ...(spec.stopSignal ? [nop(era, `STOPSIGNAL ${spec.stopSignal}`)] : []),
    nop(era, era === 'classic' ? 'EXPOSE 5432/tcp' : 'EXPOSE map[5432/tcp:{}]'),
    nop(era, 'CMD ["postgres"]'),
  ];
  return defineImage({
    era,
    repo: 'postgres',
    tags: spec.tags,
    created: spec.created,
    base: spec.base,
    steps,
    config: {
      cmd: ['postgres'],
      entrypoint: ['docker-entrypoint.sh'],
      env: [`PATH=${path}`, `GOSU_VERSION=${spec.gosu}`, 'LANG=en_US.utf8', `PG_MAJOR=${major}`, `PG_VERSION=${spec.pgVersion}`, `PGDATA=${spec.pgdata}`],
      exposedPorts: ['5432/tcp'],
      volumes: [spec.volume],
      stopSignal: spec.stopSignal,
    },
  });
}

export const POSTGRES: CatalogImage[] = [
  postgres({
    era: 'classic',
    tags: ['10', '10.4', 'latest'],
    created: '2018-05-10T22:50:35.527Z',
    base: DEBIAN_BASES.stretchSlim,
    major: '10',
    pgVersion: '10.4-2.pgdg90+1',
    suite: 'stretch',
    gosu: '1.10',
    localeSize: 16_440_000,
    serverSize: [151_920_000, 43_010_000],
    pgdata: '/var/lib/postgresql/data',
    volume: '/var/lib/postgresql/data',
  }),
  postgres({
    era: 'current',
    tags: ['latest', '18', '18.1'],
    created: '2025-12-09T00:52:44.000Z',
    base: DEBIAN_BASES.trixieSlim,
    major: '18',
    pgVersion: '18.1-1.pgdg13+2',
    suite: 'trixie',
    gosu: '1.19',
    localeSize: 24_980_000,
    serverSize: [333_640_000, 104_610_000],
    pgdata: '/var/lib/postgresql/18/docker',
    volume: '/var/lib/postgresql',
    stopSignal: 'SIGINT',
  }),
  postgres({
    era: 'current',
    tags: ['10', '10.23'],
    created: '2022-11-15T03:12:40.371Z',
    base: DEBIAN_BASES.bullseyeSlim,
    major: '10',
    pgVersion: '10.23-1.pgdg110+1',
    suite: 'bullseye',
    gosu: '1.14',
    localeSize: 24_520_000,
    serverSize: [170_540_000, 47_720_000],
    pgdata: '/var/lib/postgresql/data',
    volume: '/var/lib/postgresql/data',
    stopSignal: 'SIGINT',
  }),
];
