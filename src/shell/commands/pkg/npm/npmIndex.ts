// The npm registry as the node images' eras saw it, for the packages students add: the version
// `npm install x` picks, how many packages its tree adds (itself included), its direct
// dependencies (written into node_modules), and the tree's size on disk.
import type { ProfileName } from '../../../../engine/world';

export interface NpmPkg {
  version: string;
  /** Packages the install adds, the package itself included. */
  total: number;
  deps: string[];
  /** Bytes of the whole tree in node_modules. */
  bytes: number;
  /** Packages in the tree asking for funding (npm 7+ prints the count). */
  funding?: number;
}

const EXPRESS4_DEPS = ['accepts', 'array-flatten', 'body-parser', 'content-disposition', 'content-type', 'cookie', 'cookie-signature', 'debug', 'depd', 'encodeurl', 'escape-html', 'etag', 'finalhandler', 'fresh', 'merge-descriptors', 'methods', 'on-finished', 'parseurl', 'path-to-regexp', 'proxy-addr', 'qs', 'range-parser', 'safe-buffer', 'send', 'serve-static', 'setprototypeof', 'statuses', 'type-is', 'utils-merge', 'vary'];
const EXPRESS5_DEPS = ['accepts', 'body-parser', 'content-disposition', 'content-type', 'cookie', 'cookie-signature', 'debug', 'encodeurl', 'escape-html', 'etag', 'finalhandler', 'fresh', 'http-errors', 'merge-descriptors', 'mime-types', 'on-finished', 'once', 'parseurl', 'proxy-addr', 'qs', 'range-parser', 'router', 'send', 'serve-static', 'statuses', 'type-is', 'vary'];

export const NPM_INDEX: Record<ProfileName, Record<string, NpmPkg>> = {
  classic: {
    express: { version: '4.16.3', total: 50, deps: EXPRESS4_DEPS, bytes: 2_100_000 },
    lodash: { version: '4.17.10', total: 1, deps: [], bytes: 1_400_000 },
    axios: { version: '0.18.0', total: 5, deps: ['follow-redirects', 'is-buffer'], bytes: 420_000 },
    cors: { version: '2.8.4', total: 3, deps: ['object-assign', 'vary'], bytes: 40_000 },
    redis: { version: '2.8.0', total: 4, deps: ['double-ended-queue', 'redis-commands', 'redis-parser'], bytes: 260_000 },
    dotenv: { version: '5.0.1', total: 1, deps: [], bytes: 25_000 },
    nodemon: { version: '1.17.4', total: 246, deps: ['chokidar', 'debug', 'ignore-by-default', 'minimatch', 'pstree.remy', 'semver', 'supports-color', 'touch', 'undefsafe', 'update-notifier'], bytes: 9_800_000 },
  },
  current: {
    express: { version: '5.1.0', total: 64, deps: EXPRESS5_DEPS, bytes: 2_600_000, funding: 14 },
    lodash: { version: '4.17.21', total: 1, deps: [], bytes: 1_400_000 },
    axios: { version: '1.13.2', total: 23, deps: ['follow-redirects', 'form-data', 'proxy-from-env'], bytes: 2_300_000, funding: 1 },
    cors: { version: '2.8.5', total: 3, deps: ['object-assign', 'vary'], bytes: 40_000 },
    redis: { version: '5.10.0', total: 7, deps: ['@redis/bloom', '@redis/client', '@redis/json', '@redis/search', '@redis/time-series'], bytes: 3_900_000 },
    dotenv: { version: '17.2.3', total: 1, deps: [], bytes: 80_000, funding: 1 },
    nodemon: { version: '3.1.11', total: 27, deps: ['chokidar', 'debug', 'ignore-by-default', 'minimatch', 'pstree.remy', 'semver', 'simple-update-notifier', 'supports-color', 'touch', 'undefsafe'], bytes: 3_100_000, funding: 3 },
  },
};

export function findNpmPkg(era: ProfileName, name: string): NpmPkg | undefined {
  const table = NPM_INDEX[era];
  return Object.hasOwn(table, name) ? table[name] : undefined;
}
