// mysql: the 2018 images were Debian stretch-slim + the MySQL apt repository; today's are
// Oracle Linux 9 slim + the MySQL yum repository. docker-entrypoint.sh, VOLUME /var/lib/mysql,
// CMD mysqld, ports 3306 and 33060 (5.7 exposed only 3306).
import type { ProfileName } from '../../world';
import type { CatalogImage, CatalogStep, FileSet } from '../catalogTypes';
import { DEBIAN_BASES } from '../bases/debian';
import { GNU_BIN, GNU_SIZES, GNU_USR_BIN, rootSkeleton } from '../bases/skeleton';
import { bins, defineImage, defineLayer, dirs, materializeSteps } from '../defineCatalog';
import { copy, nop, run } from '../steps';

const OL9_CREATED = '2025-12-01T18:21:37.000Z';
const OL9_LAYER = defineLayer({
  seed: 'oraclelinux:9-slim@2025-12-01',
  size: 119_500_000,
  compressed: 45_520_000,
  created: OL9_CREATED,
  files: {
    ...rootSkeleton({ usrmerge: true }),
    ...bins('/usr/bin', [...GNU_BIN.filter((b) => b !== 'dash'), ...GNU_USR_BIN.filter((b) => !/^(apt|dpkg|mawk)/.test(b)), 'microdnf', 'rpm'], 60_000, GNU_SIZES),
    '/usr/bin/sh': { link: 'bash' },
    '/etc/os-release': 'NAME="Oracle Linux Server"\nVERSION="9.7"\nID="ol"\nID_LIKE="fedora"\nVARIANT="Server"\nVARIANT_ID="server"\nVERSION_ID="9.7"\nPLATFORM_ID="platform:el9"\nPRETTY_NAME="Oracle Linux Server 9.7"\nANSI_COLOR="0;31"\nCPE_NAME="cpe:/o:oracle:linux:9:7:server"\nHOME_URL="https://linux.oracle.com/"\n',
    '/etc/oracle-release': 'Oracle Linux Server release 9.7\n',
    '/etc/passwd': 'root:x:0:0:root:/root:/bin/bash\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nnobody:x:65534:65534:Kernel Overflow User:/:/sbin/nologin\n',
    '/etc/group': 'root:x:0:\nbin:x:1:\ndaemon:x:2:\nnobody:x:65534:\n',
  },
});

/** oraclelinux:9-slim: one rootfs layer and CMD /bin/bash (classic-builder history). */
const OL9_BASE: CatalogStep[] = materializeSteps(
  [
    { by: `/bin/sh -c #(nop) ADD file:oraclelinux-9-slim-rootfs.tar.xz in / `, layer: OL9_LAYER },
    { by: '/bin/sh -c #(nop)  CMD ["/bin/bash"]' },
  ],
  OL9_CREATED,
);

function mysqlFiles(major: string): FileSet {
  return {
    ...bins('/usr/sbin', ['mysqld'], major.startsWith('5') ? 247_000_000 : 68_400_000),
    ...bins('/usr/bin', ['mysql', 'mysqladmin', 'mysqldump', 'mysqlcheck', 'mysql_tzinfo_to_sql'], 6_200_000, { mysql: 7_900_000 }),
    '/etc/my.cnf': '[mysqld]\nskip-host-cache\nskip-name-resolve\ndatadir=/var/lib/mysql\nsocket=/var/run/mysqld/mysqld.sock\nsecure-file-priv=/var/lib/mysql-files\nuser=mysql\n\npid-file=/var/run/mysqld/mysqld.pid\n',
    ...dirs(['/var/lib/mysql', '/var/run/mysqld', '/var/lib/mysql-files']),
  };
}

const ENTRYPOINT_SH = '#!/bin/bash\nset -eo pipefail\nshopt -s nullglob\n\n# logging functions\nmysql_log() {\n\tlocal type="$1"; shift\n\tprintf \'%s [%s] [Entrypoint]: %s\\n\' "$(date --rfc-3339=seconds)" "$type" "$*"\n}\n';

interface MysqlSpec {
  era: ProfileName;
  tags: string[];
  created: string;
  major: string;
  /** MYSQL_VERSION as the image sets it (the package version). */
  pkg: string;
  size: [number, number];
}

function mysql(spec: MysqlSpec): CatalogImage {
  const { era, major } = spec;
  const layer = (n: string, size: number, compressed: number, files: FileSet = {}) =>
    defineLayer({ seed: `mysql:${spec.pkg}@${spec.created}/${n}`, size, compressed, created: spec.created, files });
  const x = !major.startsWith('5');
  const env = era === 'classic' ? [`MYSQL_MAJOR=${major}`, `MYSQL_VERSION=${spec.pkg}`] : ['GOSU_VERSION=1.19', `MYSQL_MAJOR=${major}`, `MYSQL_VERSION=${spec.pkg}`, 'MYSQL_SHELL_VERSION=' + (major === '8.0' ? '8.0.44-1.el9' : '9.5.0-1.el9')];
  const expose = era === 'classic' ? (x ? 'EXPOSE 3306/tcp 33060/tcp' : 'EXPOSE 3306/tcp') : 'EXPOSE map[3306/tcp:{} 33060/tcp:{}]';
  return defineImage({
    era,
    repo: 'mysql',
    tags: spec.tags,
    created: spec.created,
    base: era === 'classic' ? DEBIAN_BASES.stretchSlim : OL9_BASE,
    steps: [
      run(era, era === 'classic' ? 'groupadd -r mysql && useradd -r -g mysql mysql' : 'set -eux; \tgroupadd --system --gid 999 mysql; \tuseradd --system --uid 999 --gid 999 --home-dir /var/lib/mysql --no-create-home mysql', layer('user', 329_000, 1_750)),
      run(era, 'set -eux; \twget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$arch"; \tchmod +x /usr/local/bin/gosu; \tgosu --version; \tgosu nobody true', layer('gosu', 2_280_000, 1_000_000, { '/usr/local/bin/gosu': { bin: 2_280_000 } })),
      ...env.map((e) => nop(era, `ENV ${e}`)),
      run(era, era === 'classic' ? 'apt-get update && apt-get install -y mysql-server="${MYSQL_VERSION}" && rm -rf /var/lib/apt/lists/* \t&& rm -rf /var/lib/mysql && mkdir -p /var/lib/mysql /var/run/mysqld \t&& chown -R mysql:mysql /var/lib/mysql /var/run/mysqld \t&& chmod 777 /var/run/mysqld' : 'set -eu; \t. /etc/os-release; \t{ \t\techo \'[mysql8.0-server-minimal]\'; \t} | tee /etc/yum.repos.d/mysql-community-minimal.repo; \tmicrodnf install -y "mysql-community-server-minimal-$MYSQL_VERSION"; \tmicrodnf clean all; \tmkdir /var/lib/mysql-files; \tchown mysql:mysql /var/lib/mysql-files; \tmysqld --version; \tmysql --version', layer('server', spec.size[0], spec.size[1], mysqlFiles(major))),
      nop(era, 'VOLUME [/var/lib/mysql]'),
      copy(era, 'docker-entrypoint.sh', '/usr/local/bin/', layer('entrypoint', 13_200, 4_900, { '/usr/local/bin/docker-entrypoint.sh': { script: ENTRYPOINT_SH } })),
      ...(era === 'classic' ? [run(era, 'ln -s usr/local/bin/docker-entrypoint.sh /entrypoint.sh # backwards compat', layer('compat', 34, 119, { '/entrypoint.sh': { link: 'usr/local/bin/docker-entrypoint.sh' } }))] : []),
      nop(era, 'ENTRYPOINT ["docker-entrypoint.sh"]'),
      nop(era, expose),
      nop(era, 'CMD ["mysqld"]'),
    ],
    config: {
      cmd: ['mysqld'],
      entrypoint: ['docker-entrypoint.sh'],
      env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', ...env],
      exposedPorts: x ? ['3306/tcp', '33060/tcp'] : ['3306/tcp'],
      volumes: ['/var/lib/mysql'],
    },
  });
}

export const MYSQL: CatalogImage[] = [
  mysql({ era: 'classic', tags: ['8.0', '8', '8.0.11'], created: '2018-05-04T18:13:26.152Z', major: '8.0', pkg: '8.0.11-1debian9', size: [374_300_000, 80_520_000] }),
  mysql({ era: 'classic', tags: ['latest', '5.7', '5', '5.7.22'], created: '2018-05-04T18:10:39.214Z', major: '5.7', pkg: '5.7.22-1debian9', size: [315_800_000, 73_410_000] }),
  mysql({ era: 'current', tags: ['8.0', '8.0.44', '8.0-oracle'], created: '2025-10-21T22:11:40.000Z', major: '8.0', pkg: '8.0.44-1.el9', size: [650_700_000, 166_700_000] }),
  mysql({ era: 'current', tags: ['latest', '9', '9.5', '9.5.0', 'oracle'], created: '2025-10-21T22:39:10.000Z', major: 'innovation', pkg: '9.5.0-1.el9', size: [739_000_000, 186_400_000] }),
];
