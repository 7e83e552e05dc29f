// buildpack-deps (curl, scm, full): the layers the full `python` and `node` images share on top of
// Debian. The scm layer brings procps, so these images have `ps`.
import type { CatalogStep } from '../catalogTypes';
import { bins, defineLayer, materializeSteps } from '../defineCatalog';
import { run } from '../steps';
import { DEBIAN_BASES } from './debian';

/** `era` is the builder that wrote the history (docker-library used the classic one until 2023). */
function buildpack(era: 'classic' | 'current', suite: string, created: string, sizes: [number, number][], base: CatalogStep[]): CatalogStep[] {
  const layer = (name: string, i: number, files = {}) =>
    defineLayer({ seed: `buildpack-deps:${suite}-${name}@${created}`, size: sizes[i][0], compressed: sizes[i][1], created, files });
  const curl = layer('curl', 0, bins('/usr/bin', ['curl', 'wget', 'gpg'], 290_000));
  const scm = layer('scm', 2, { ...bins('/usr/bin', ['git', 'hg', 'ssh', 'scp', 'svn'], 2_800_000), ...bins(era === 'classic' ? '/bin' : '/usr/bin', ['ps', 'kill'], 133_000), ...bins('/usr/bin', ['top', 'free', 'pgrep', 'pkill', 'watch'], 100_000) });
  const full = layer('full', 3, { ...bins('/usr/bin', ['gcc', 'g++', 'make', 'cpp', 'autoconf', 'patch', 'file', 'unzip', 'xz', 'bzip2'], 1_100_000) });
  return [
    ...base,
    ...materializeSteps(
      [
        run(era, 'apt-get update && apt-get install -y --no-install-recommends \t\tca-certificates \t\tcurl \t\tnetbase \t\twget \t&& rm -rf /var/lib/apt/lists/*', curl),
        run(era, 'set -ex; \tif ! command -v gpg > /dev/null; then \t\tapt-get update; \t\tapt-get install -y --no-install-recommends \t\t\tgnupg \t\t\tdirmngr \t\t; \t\trm -rf /var/lib/apt/lists/*; \tfi', layer('gpg', 1)),
        run(era, 'apt-get update && apt-get install -y --no-install-recommends \t\tbzr \t\tgit \t\tmercurial \t\topenssh-client \t\tsubversion \t\t\t\tprocps \t&& rm -rf /var/lib/apt/lists/*', scm),
        run(era, 'set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tautoconf \t\tautomake \t\tbzip2 \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\timagemagick \t\tlibbz2-dev \t\tlibc6-dev \t\tlibcurl4-openssl-dev \t\tlibdb-dev \t\tlibevent-dev \t\tlibffi-dev \t\tlibgdbm-dev \t\tlibgeoip-dev \t\tlibglib2.0-dev \t\tlibjpeg-dev \t\tlibkrb5-dev \t\tliblzma-dev \t\tlibmagickcore-dev \t\tlibmagickwand-dev \t\tlibncurses5-dev \t\tlibncursesw5-dev \t\tlibpng-dev \t\tlibpq-dev \t\tlibreadline-dev \t\tlibsqlite3-dev \t\tlibssl-dev \t\tlibtool \t\tlibwebp-dev \t\tlibxml2-dev \t\tlibxslt-dev \t\tlibyaml-dev \t\tmake \t\tpatch \t\txz-utils \t\tzlib1g-dev \t; \trm -rf /var/lib/apt/lists/*', full),
      ],
      created,
    ),
  ];
}

/** Sizes (uncompressed, compressed) of the curl, gpg, scm and full layers. */
export const BUILDPACK_DEPS = {
  jessie: buildpack('classic', 'jessie', '2018-05-01T04:57:43.411Z', [[19_280_000, 10_820_000], [4_340_000, 1_960_000], [128_030_000, 43_240_000], [324_450_000, 128_170_000]], DEBIAN_BASES.jessie),
  // The old tags' last builds (node:8 in December 2019, python:3.6 in December 2021).
  stretch: buildpack('classic', 'stretch', '2019-12-28T05:11:06.221Z', [[17_530_000, 7_810_000], [0, 32], [140_320_000, 50_070_000], [558_430_000, 204_640_000]], DEBIAN_BASES.stretch),
  bullseye: buildpack('classic', 'bullseye', '2021-12-21T02:09:13.548Z', [[18_620_000, 5_150_000], [7_800_000, 10_870_000], [146_390_000, 54_570_000], [509_870_000, 196_520_000]], DEBIAN_BASES.bullseye),
  trixie: buildpack('current', 'trixie', '2025-12-08T23:25:18.000Z', [[24_950_000, 25_610_000], [0, 32], [66_030_000, 67_780_000], [482_120_000, 235_930_000]], DEBIAN_BASES.trixie),
};
