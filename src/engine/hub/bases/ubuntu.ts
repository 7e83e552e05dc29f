// Ubuntu base images. Each era's 18.04/16.04/24.04 root filesystems; `ubuntu` images are these
// bases alone, and mongo (current) builds on noble.
import type { ProfileName } from '../../world';
import type { CatalogLayer, CatalogStep, FileSet } from '../catalogTypes';
import { defineLayer, materializeSteps, type StepSpec } from '../defineCatalog';
import { addRootfs, nop } from '../steps';
import { debianFamilyRootfs } from './debianFamily';
import { OS_RELEASE } from './osRelease';

function lsbRelease(id: string, codename: string, description: string): FileSet {
  return { '/etc/lsb-release': `DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=${id}\nDISTRIB_CODENAME=${codename}\nDISTRIB_DESCRIPTION="${description}"\n` };
}

function ubuntuRootfs(osRelease: string, id: string, codename: string, description: string, debianVersion: string, usrmerge: boolean): FileSet {
  return debianFamilyRootfs({ osRelease, debianVersion, usrmerge, extra: lsbRelease(id, codename, description) });
}

interface UbuntuLayers {
  rootfs: CatalogLayer;
  /** The small policy layers the 2018 images added on top of the rootfs. */
  tweaks: CatalogLayer[];
}

function classicLayers(seed: string, rootfs: FileSet, sizes: [number, number], created: string): UbuntuLayers {
  const tiny = (n: number, size: number, compressed: number): CatalogLayer =>
    defineLayer({ seed: `${seed}/tweak${n}`, size, compressed, created });
  return {
    rootfs: defineLayer({ seed, size: sizes[0], compressed: sizes[1], created, files: rootfs }),
    tweaks: [tiny(1, 991, 847), tiny(2, 745, 556), tiny(3, 7, 857), tiny(4, 0, 163)],
  };
}

function classicSteps(l: UbuntuLayers, created: string): CatalogStep[] {
  const steps: StepSpec[] = [
    addRootfs(l.rootfs),
    { by: "/bin/sh -c set -xe \t\t&& echo '#!/bin/sh' > /usr/sbin/policy-rc.d \t&& echo 'exit 101' >> /usr/sbin/policy-rc.d \t&& chmod +x /usr/sbin/policy-rc.d", layer: l.tweaks[0] },
    { by: '/bin/sh -c rm -rf /var/lib/apt/lists/*', layer: l.tweaks[1] },
    { by: "/bin/sh -c sed -i 's/^#\\s*\\(deb.*universe\\)$/\\1/g' /etc/apt/sources.list", layer: l.tweaks[2] },
    { by: '/bin/sh -c mkdir -p /run/systemd && echo \'docker\' > /run/systemd/container', layer: l.tweaks[3] },
    nop('classic', 'CMD ["/bin/bash"]'),
  ];
  return materializeSteps(steps, created);
}

function currentSteps(release: string, name: string, rootfs: CatalogLayer, created: string): CatalogStep[] {
  const steps: StepSpec[] = [
    '/bin/sh -c #(nop)  ARG RELEASE',
    '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH',
    `/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=${name}`,
    `/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=${release}`,
    addRootfs(rootfs),
    '/bin/sh -c #(nop)  CMD ["/bin/bash"]',
  ];
  return materializeSteps(steps, created);
}

const BIONIC_2018 = classicLayers(
  'ubuntu:18.04@2018-04-26',
  ubuntuRootfs(OS_RELEASE.bionicClassic, '18.04', 'bionic', 'Ubuntu 18.04 LTS', 'buster/sid', false),
  [79_580_000, 31_720_000],
  '2018-04-26T21:21:33.104Z',
);
const XENIAL_2018 = classicLayers(
  'ubuntu:16.04@2018-04-26',
  ubuntuRootfs(OS_RELEASE.xenialClassic, '16.04', 'xenial', 'Ubuntu 16.04.4 LTS', 'stretch/sid', false),
  [112_990_000, 43_310_000],
  '2018-04-26T21:20:09.843Z',
);

const NOBLE = defineLayer({
  seed: 'ubuntu:24.04@2025-10-13',
  size: 78_120_000,
  compressed: 29_720_000,
  created: '2025-10-13T17:44:09.018Z',
  files: ubuntuRootfs(OS_RELEASE.noble, '24.04', 'noble', 'Ubuntu 24.04.3 LTS', 'trixie/sid', true),
});
const BIONIC = defineLayer({
  seed: 'ubuntu:18.04@2023-05-30',
  size: 63_150_000,
  compressed: 25_690_000,
  created: '2023-05-30T09:32:11.217Z',
  files: ubuntuRootfs(OS_RELEASE.bionic, '18.04', 'bionic', 'Ubuntu 18.04.6 LTS', 'buster/sid', false),
});
const XENIAL = classicLayers(
  'ubuntu:16.04@2021-08-31',
  ubuntuRootfs(OS_RELEASE.xenial, '16.04', 'xenial', 'Ubuntu 16.04.7 LTS', 'stretch/sid', false),
  [134_810_000, 46_500_000],
  '2021-08-31T01:21:30.672Z',
);

export const UBUNTU_BASES: Record<ProfileName, Record<'noble' | 'bionic' | 'xenial', CatalogStep[]>> = {
  classic: {
    // 24.04 did not exist in 2018; the key is only here to keep the table total.
    noble: [],
    bionic: classicSteps(BIONIC_2018, '2018-04-26T21:21:33.906Z'),
    xenial: classicSteps(XENIAL_2018, '2018-04-26T21:20:10.633Z'),
  },
  current: {
    noble: currentSteps('24.04', 'ubuntu', NOBLE, '2025-10-13T17:44:11.304Z'),
    bionic: currentSteps('18.04', 'ubuntu', BIONIC, '2023-05-30T09:32:13.012Z'),
    xenial: classicSteps(XENIAL, '2021-08-31T01:21:30.923Z'),
  },
};
