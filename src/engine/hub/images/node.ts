// node: Node.js and yarn on buildpack-deps (the same Debian layers as the full python image).
import type { ProfileName } from '../../world';
import type { CatalogImage, CatalogStep, FileSet } from '../catalogTypes';
import { BUILDPACK_DEPS } from '../bases/buildpackDeps';
import { bins, defineImage, defineLayer } from '../defineCatalog';
import { copy, nop, run } from '../steps';

function node(era: ProfileName, version: string, yarn: string, tags: string[], created: string, base: CatalogStep[], nodeSize: [number, number], entrypoint: boolean): CatalogImage {
  const layer = (n: string, size: number, compressed: number, files: FileSet = {}) =>
    defineLayer({ seed: `node:${version}@${created}/${n}`, size, compressed, created, files });
  const env = [`NODE_VERSION=${version}`, `YARN_VERSION=${yarn}`];
  return defineImage({
    era,
    repo: 'node',
    tags,
    created,
    base,
    steps: [
      run(era, 'groupadd --gid 1000 node   && useradd --uid 1000 --gid node --shell /bin/bash --create-home node', layer('user', 335_000, 4_160, { '/home/node': { dir: 0o755 } })),
      nop(era, `ENV ${env[0]}`),
      run(era, 'ARCH= && dpkgArch="$(dpkg --print-architecture)"   && case "${dpkgArch##*-}" in     amd64) ARCH=\'x64\';;     *) echo "unsupported architecture"; exit 1 ;;   esac   && curl -fsSLO --compressed "https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz"   && tar -xJf "node-v$NODE_VERSION-linux-$ARCH.tar.xz" -C /usr/local --strip-components=1 --no-same-owner   && ln -s /usr/local/bin/node /usr/local/bin/nodejs', layer('node', nodeSize[0], nodeSize[1], {
        ...bins('/usr/local/bin', ['node'], 118_000_000),
        '/usr/local/bin/nodejs': { link: '/usr/local/bin/node' },
        '/usr/local/bin/npm': { link: '../lib/node_modules/npm/bin/npm-cli.js' },
        '/usr/local/bin/npx': { link: '../lib/node_modules/npm/bin/npx-cli.js' },
        '/usr/local/lib/node_modules/npm/bin/npm-cli.js': { script: "#!/usr/bin/env node\nrequire('../lib/cli.js')(process)\n" },
        '/usr/local/lib/node_modules/npm/bin/npx-cli.js': { script: "#!/usr/bin/env node\n" },
      })),
      nop(era, `ENV ${env[1]}`),
      run(era, 'set -ex   && curl -fsSLO --compressed "https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz"   && mkdir -p /opt   && tar -xzf yarn-v$YARN_VERSION.tar.gz -C /opt/   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarn /usr/local/bin/yarn   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarnpkg /usr/local/bin/yarnpkg', layer('yarn', 4_470_000, 1_250_000, { '/usr/local/bin/yarn': { link: `/opt/yarn-v${yarn}/bin/yarn` }, [`/opt/yarn-v${yarn}/bin/yarn`]: { script: '#!/bin/sh\n' } })),
      ...(entrypoint
        ? [copy(era, 'docker-entrypoint.sh', '/usr/local/bin/', layer('entrypoint', 388, 450, { '/usr/local/bin/docker-entrypoint.sh': { script: '#!/bin/sh\nset -e\n\n# Run command with node if the first argument contains a "-" or is not a system command.\n' } })), nop(era, 'ENTRYPOINT ["docker-entrypoint.sh"]')]
        : []),
      nop(era, 'CMD ["node"]'),
    ],
    config: {
      cmd: ['node'],
      entrypoint: entrypoint ? ['docker-entrypoint.sh'] : null,
      env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', ...env],
    },
  });
}

export const NODE: CatalogImage[] = [
  node('classic', '10.1.0', '1.6.0', ['latest', '10', '10.1', '10.1.0', 'jessie'], '2018-05-08T22:34:18.118Z', BUILDPACK_DEPS.jessie, [56_670_000, 16_930_000], false),
  // node:8 (the LTS of Docker's 2018 tutorials): 8.11.1 then, its final 8.17.0 build now.
  node('classic', '8.11.1', '1.6.0', ['8', '8.11', '8.11.1', 'carbon', '8-jessie'], '2018-05-08T22:51:02.381Z', BUILDPACK_DEPS.jessie, [59_480_000, 17_420_000], false),
  node('current', '8.17.0', '1.21.1', ['8', '8.17', '8.17.0', 'carbon', '8-stretch'], '2019-12-28T06:05:51.212Z', BUILDPACK_DEPS.stretch, [61_090_000, 17_820_000], true),
  node('current', '25.2.1', '1.22.22', ['latest', '25', '25.2', '25.2.1', 'current', 'trixie'], '2025-12-09T18:40:52.000Z', BUILDPACK_DEPS.trixie, [206_310_000, 58_700_000], true),
];
