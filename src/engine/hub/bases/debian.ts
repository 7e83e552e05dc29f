// Debian base images of each era, shared by the official images built on them. Every image that
// starts from the same base step list shares its layer digest, hence `Already exists` on pull.
import type { CatalogStep } from '../catalogTypes';
import { defineLayer, materializeSteps } from '../defineCatalog';
import { addRootfs, nop } from '../steps';
import { debianFamilyRootfs } from './debianFamily';
import { OS_RELEASE } from './osRelease';

const JESSIE_SLIM_LAYER = defineLayer({
  seed: 'debian:jessie-slim@2018-04-30',
  size: 79_230_000,
  compressed: 30_110_000,
  created: '2018-04-30T17:52:18.412Z',
  files: debianFamilyRootfs({ osRelease: OS_RELEASE.jessie, debianVersion: '8.10', usrmerge: false }),
});

const STRETCH_SLIM_LAYER = defineLayer({
  seed: 'debian:stretch-slim@2018-04-30',
  size: 55_270_000,
  compressed: 22_490_000,
  created: '2018-04-30T17:53:02.126Z',
  files: debianFamilyRootfs({ osRelease: OS_RELEASE.stretch, debianVersion: '9.4', usrmerge: false }),
});

const JESSIE_LAYER = defineLayer({
  seed: 'debian:jessie@2018-04-30',
  size: 127_060_000,
  compressed: 54_260_000,
  created: '2018-04-30T17:51:40.955Z',
  files: debianFamilyRootfs({ osRelease: OS_RELEASE.jessie, debianVersion: '8.10', usrmerge: false }),
});

const BULLSEYE_SLIM_LAYER = defineLayer({
  seed: 'debian:bullseye-slim@2022-11-15',
  size: 80_490_000,
  compressed: 31_420_000,
  created: '2022-11-15T01:22:04.118Z',
  files: debianFamilyRootfs({ osRelease: OS_RELEASE.bullseye, debianVersion: '11.5', usrmerge: false }),
});

const TRIXIE_SLIM_LAYER = defineLayer({
  seed: 'debian:trixie-slim@2025-12-08',
  size: 78_620_000,
  compressed: 29_770_000,
  created: '2025-12-08T00:00:00Z',
  files: debianFamilyRootfs({ osRelease: OS_RELEASE.trixie, debianVersion: '13.2', usrmerge: true }),
});

const TRIXIE_LAYER = defineLayer({
  seed: 'debian:trixie@2025-12-08',
  size: 120_150_000,
  compressed: 49_280_000,
  created: '2025-12-08T00:00:00Z',
  files: debianFamilyRootfs({ osRelease: OS_RELEASE.trixie, debianVersion: '13.2', usrmerge: true }),
});

function classicBase(layer: ReturnType<typeof defineLayer>, createdIso: string): CatalogStep[] {
  return materializeSteps([addRootfs(layer), nop('classic', 'CMD ["bash"]')], createdIso);
}

/** Current Debian images are built by debuerreotype: one history line for the rootfs. */
function currentBase(layer: ReturnType<typeof defineLayer>, suite: string): CatalogStep[] {
  return [{ createdBy: `# debian.sh --arch 'amd64' out/ '${suite}' '@1765152000'`, created: layer.created, layer, comment: 'debuerreotype 0.16' }];
}

export const DEBIAN_BASES = {
  jessieSlim: classicBase(JESSIE_SLIM_LAYER, '2018-04-30T17:52:18.774Z'),
  stretchSlim: classicBase(STRETCH_SLIM_LAYER, '2018-04-30T17:53:02.489Z'),
  jessie: classicBase(JESSIE_LAYER, '2018-04-30T17:51:41.310Z'),
  bullseyeSlim: classicBase(BULLSEYE_SLIM_LAYER, '2022-11-15T01:22:04.523Z'),
  trixieSlim: currentBase(TRIXIE_SLIM_LAYER, 'trixie'),
  trixie: currentBase(TRIXIE_LAYER, 'trixie'),
};
