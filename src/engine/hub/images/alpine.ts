// alpine: the Alpine base layer alone; CMD ["/bin/sh"].
import type { CatalogImage } from '../catalogTypes';
import { ALPINE_BASES } from '../bases/alpine';
import { defineImage } from '../defineCatalog';

export const ALPINE: CatalogImage[] = [
  defineImage({
    era: 'classic',
    repo: 'alpine',
    tags: ['latest', '3.7', '3.7.0', '3'],
    created: '2018-01-09T21:10:58.579Z',
    id: '3fd9065eaf02feaf94d68376da52541925650b81698c53c6824d92ff63f98353',
    repoDigest: '7df6db5aa61ae9480f52f0b3a06a140ab98d427f86d8d5de0bedab9b8df6b1c0',
    base: ALPINE_BASES.v37,
    steps: [],
    config: { cmd: ['/bin/sh'] },
  }),
  defineImage({
    era: 'current',
    repo: 'alpine',
    tags: ['latest', '3.23', '3.23.2', '3'],
    created: '2025-12-17T22:41:10.000Z',
    base: ALPINE_BASES.v323,
    steps: [],
    config: { cmd: ['/bin/sh'] },
  }),
];
