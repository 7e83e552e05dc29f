// busybox: one layer with the static binary and its applets; CMD ["sh"].
import type { CatalogImage } from '../catalogTypes';
import { busyboxRootfs } from '../bases/busybox';
import { defineImage, defineLayer } from '../defineCatalog';
import { addRootfs, nop } from '../steps';

const classicLayer = defineLayer({
  seed: 'busybox:1.28.4@2018-05-23',
  digest: 'f70adabe43c0' + 'cfffd5e4a6b2e4e37a6f2e7d62fe2fc5fa0ee1b6a2d0d6e83e2b1',
  size: 1_146_000,
  compressed: 723_000,
  created: '2018-04-05T10:41:28.876Z',
  files: busyboxRootfs(1_146_000),
});

const currentLayer = defineLayer({
  seed: 'busybox:1.37.0-glibc@2024-09-26',
  size: 4_269_000,
  compressed: 2_153_000,
  created: '2024-09-26T21:31:42.000Z',
  files: busyboxRootfs(1_208_000),
});

export const BUSYBOX: CatalogImage[] = [
  defineImage({
    era: 'classic',
    repo: 'busybox',
    tags: ['latest', '1.28', '1.28.3'],
    created: '2018-04-05T10:41:28.876Z',
    id: '8c811b4aec35f259572d0f79207bc0678df4c736eeec50bc9fec37ed936a472a',
    steps: [addRootfs(classicLayer), nop('classic', 'CMD ["sh"]')],
    config: { cmd: ['sh'] },
  }),
  defineImage({
    era: 'current',
    repo: 'busybox',
    tags: ['latest', '1.37', '1.37.0'],
    created: '2024-09-26T21:31:42.000Z',
    steps: [
      { by: 'ADD busybox.tar.xz / # buildkit', layer: currentLayer, comment: 'buildkit.dockerfile.v0' },
      nop('current', 'CMD ["sh"]'),
    ],
    config: { cmd: ['sh'] },
  }),
];
