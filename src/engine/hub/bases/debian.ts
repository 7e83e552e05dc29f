// Debian base images of each era, shared by the official images built on them. Every image that
// starts from the same base step list shares its layer digest, hence `Already exists` on pull.
import type { CatalogLayer, CatalogStep, FileSet } from '../catalogTypes';
import { defineLayer, materializeSteps } from '../defineCatalog';
import { addRootfs, nop } from '../steps';
import { debianFamilyRootfs } from './debianFamily';
import { OS_RELEASE } from './osRelease';

// One file set per release: the slim and full variants differ in size, not in what we model.
const ROOTFS = {
  jessie: debianFamilyRootfs({ osRelease: OS_RELEASE.jessie, debianVersion: '8.10', usrmerge: false }),
  stretch: debianFamilyRootfs({ osRelease: OS_RELEASE.stretch, debianVersion: '9.4', usrmerge: false }),
  bullseye: debianFamilyRootfs({ osRelease: OS_RELEASE.bullseye, debianVersion: '11.5', usrmerge: false }),
  trixie: debianFamilyRootfs({ osRelease: OS_RELEASE.trixie, debianVersion: '13.2', usrmerge: true }),
};

/** A rootfs layer; `seed` (tag@build date) fixes its digests, `sizes` are [size, compressed]. */
function rootfsLayer(seed: string, created: string, sizes: [number, number], files: FileSet): CatalogLayer {
  return defineLayer({ seed, size: sizes[0], compressed: sizes[1], created, files });
}

const JESSIE_SLIM_LAYER = rootfsLayer('debian:jessie-slim@2018-04-30', '2018-04-30T17:52:18.412Z', [79_230_000, 30_110_000], ROOTFS.jessie);
const STRETCH_SLIM_LAYER = rootfsLayer('debian:stretch-slim@2018-04-30', '2018-04-30T17:53:02.126Z', [55_270_000, 22_490_000], ROOTFS.stretch);
const JESSIE_LAYER = rootfsLayer('debian:jessie@2018-04-30', '2018-04-30T17:51:40.955Z', [127_060_000, 54_260_000], ROOTFS.jessie);
const STRETCH_LAYER = rootfsLayer('debian:stretch@2019-12-28', '2019-12-28T04:21:44.113Z', [101_140_000, 45_380_000], ROOTFS.stretch);
const BULLSEYE_LAYER = rootfsLayer('debian:bullseye@2021-12-21', '2021-12-21T01:22:46.310Z', [124_050_000, 54_920_000], ROOTFS.bullseye);
const BULLSEYE_SLIM_LAYER = rootfsLayer('debian:bullseye-slim@2022-11-15', '2022-11-15T01:22:04.118Z', [80_490_000, 31_420_000], ROOTFS.bullseye);
const TRIXIE_SLIM_LAYER = rootfsLayer('debian:trixie-slim@2025-12-08', '2025-12-08T00:00:00Z', [78_620_000, 29_770_000], ROOTFS.trixie);
const TRIXIE_LAYER = rootfsLayer('debian:trixie@2025-12-08', '2025-12-08T00:00:00Z', [120_150_000, 49_280_000], ROOTFS.trixie);

function classicBase(layer: CatalogLayer, createdIso: string): CatalogStep[] {
  return materializeSteps([addRootfs(layer), nop('classic', 'CMD ["bash"]')], createdIso);
}

/** Current Debian images are built by debuerreotype: one history line for the rootfs. */
function currentBase(layer: CatalogLayer, suite: string): CatalogStep[] {
  return [{ createdBy: `# debian.sh --arch 'amd64' out/ '${suite}' '@1765152000'`, created: layer.created, layer, comment: 'debuerreotype 0.16' }];
}

export const DEBIAN_BASES = {
  jessieSlim: classicBase(JESSIE_SLIM_LAYER, '2018-04-30T17:52:18.774Z'),
  stretchSlim: classicBase(STRETCH_SLIM_LAYER, '2018-04-30T17:53:02.489Z'),
  jessie: classicBase(JESSIE_LAYER, '2018-04-30T17:51:41.310Z'),
  stretch: classicBase(STRETCH_LAYER, '2019-12-28T04:21:44.526Z'),
  bullseye: classicBase(BULLSEYE_LAYER, '2021-12-21T01:22:46.702Z'),
  bullseyeSlim: classicBase(BULLSEYE_SLIM_LAYER, '2022-11-15T01:22:04.523Z'),
  trixieSlim: currentBase(TRIXIE_SLIM_LAYER, 'trixie'),
  trixie: currentBase(TRIXIE_LAYER, 'trixie'),
};
