// hello-world: a single static binary, /hello.
import type { CatalogImage } from '../catalogTypes';
import { defineImage, defineLayer } from '../defineCatalog';
import { copy, nop } from '../steps';

const classicLayer = defineLayer({
  seed: 'hello-world@2018-04-11',
  digest: '9bb5a5d4561a5511fa7f80718617e67cf2ed2e6cdcd02e31be111a8d0ac4d6b7',
  size: 1_848,
  compressed: 977,
  created: '2018-04-11T04:28:41.212Z',
  files: { '/hello': { bin: 1_848 } },
});

const currentLayer = defineLayer({
  seed: 'hello-world@2025-08-13',
  digest: 'c1ec31eb59444d78df06a974d155e597c894ab4cda84f08294145e845394988e',
  size: 10_072,
  compressed: 3_208,
  created: '2025-08-13T22:18:00.000Z',
  files: { '/hello': { bin: 10_072 } },
});

export const HELLO_WORLD: CatalogImage[] = [
  defineImage({
    era: 'classic',
    repo: 'hello-world',
    tags: ['latest'],
    created: '2018-04-11T04:28:41.436Z',
    id: 'e38bc07ac18ee64e6d59cf2eafcdddf9cec2364dfe129fe0af75f1b0194e0c96',
    repoDigest: 'f5233545e43561214ca4891fd1157e1c3c563316ed8e237750d59bde73361e77',
    steps: [copy('classic', 'hello', '/', classicLayer), nop('classic', 'CMD ["/hello"]')],
    config: { cmd: ['/hello'] },
  }),
  defineImage({
    era: 'current',
    repo: 'hello-world',
    tags: ['latest'],
    created: '2025-08-13T22:18:00.000Z',
    repoDigest: '1b5a981c857d64321e97cbadf20b183e3c2814ee68315f42011e057d2ac467e9',
    steps: [copy('current', 'hello', '/', currentLayer), nop('current', 'CMD ["/hello"]')],
    config: { cmd: ['/hello'] },
  }),
];
