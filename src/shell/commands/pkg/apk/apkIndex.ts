// Alpine releases as apk sees them (the repositories it fetches APKINDEX from, what the base image
// holds) and the packages students add, with the dependencies the base lacks, in apk's order.

export interface ApkRelease {
  /** v3.7 */
  branch: string;
  scheme: 'http' | 'https';
  /** apk-tools 2.10 (classic) or 2.14+ (current): error texts differ. */
  modern: boolean;
  basePackages: number;
  /** KiB the base installation occupies (`OK: 4 MiB in 13 packages`). */
  baseKib: number;
  busybox: string;
  /** `apk update`'s repository snapshot lines and the package count. */
  snapshots: [string, string];
  available: number;
}

export interface ApkPkg {
  /** Version per branch. */
  v: Record<string, string>;
  kib: number;
  deps?: string[];
  bins?: Record<string, number>;
  trigger?: boolean;
}

export const APK_RELEASES: Record<string, ApkRelease> = {
  'v3.7': { branch: 'v3.7', scheme: 'http', modern: false, basePackages: 13, baseKib: 4_300, busybox: '1.27.2-r7', snapshots: ['v3.7.0-215-g16971064c0', 'v3.7.0-207-gac61833f9b'], available: 9054 },
  'v3.23': { branch: 'v3.23', scheme: 'https', modern: true, basePackages: 16, baseKib: 8_400, busybox: '1.37.0-r29', snapshots: ['v3.23.2-38-g6f5d8bbe1a0', 'v3.23.2-36-g0d3c8e1f2b4'], available: 26_411 },
};

export const APK_INDEX: Record<string, ApkPkg> = {
  curl: { v: { 'v3.7': '7.59.0-r0', 'v3.23': '8.17.0-r1' }, kib: 250, deps: ['ca-certificates', 'libcurl'], bins: { '/usr/bin/curl': 195_000 } },
  libcurl: { v: { 'v3.7': '7.59.0-r0', 'v3.23': '8.17.0-r1' }, kib: 800, deps: ['libssh2', 'brotli-libs', 'c-ares', 'libidn2', 'nghttp2-libs', 'nghttp3', 'libpsl', 'zstd-libs'] },
  'ca-certificates': { v: { 'v3.7': '20171114-r0' }, kib: 700, trigger: true },
  libssh2: { v: { 'v3.7': '1.8.0-r2' }, kib: 220 },
  'brotli-libs': { v: { 'v3.23': '1.2.0-r0' }, kib: 760 },
  'c-ares': { v: { 'v3.23': '1.34.6-r0' }, kib: 240 },
  libunistring: { v: { 'v3.23': '1.4.1-r0' }, kib: 1_900 },
  libidn2: { v: { 'v3.23': '2.3.8-r0' }, kib: 230, deps: ['libunistring'] },
  'nghttp2-libs': { v: { 'v3.23': '1.68.0-r0' }, kib: 180 },
  nghttp3: { v: { 'v3.23': '1.13.1-r0' }, kib: 150 },
  libpsl: { v: { 'v3.23': '0.21.5-r3' }, kib: 90 },
  'zstd-libs': { v: { 'v3.23': '1.5.7-r2' }, kib: 700 },
  bash: { v: { 'v3.7': '4.4.19-r1', 'v3.23': '5.3.3-r1' }, kib: 1_500, deps: ['ncurses-terminfo-base', 'ncurses-libs', 'readline'], bins: { '/bin/bash': 1_100_000 }, trigger: true },
  'ncurses-terminfo-base': { v: { 'v3.7': '6.0_p20171125-r0', 'v3.23': '6.5_p20251123-r0' }, kib: 40 },
  'ncurses-libs': { v: { 'v3.7': '6.0_p20171125-r0', 'v3.23': '6.5_p20251123-r0' }, kib: 300 },
  readline: { v: { 'v3.7': '7.0.003-r0', 'v3.23': '8.3.1-r0' }, kib: 250 },
  nano: { v: { 'v3.7': '2.9.1-r0', 'v3.23': '8.7-r0' }, kib: 500, deps: ['ncurses-terminfo-base', 'ncurses-libs'], bins: { '/bin/nano': 220_000 } },
  vim: { v: { 'v3.7': '8.0.1359-r0', 'v3.23': '9.1.1962-r0' }, kib: 2_600, deps: ['xxd', 'lua5.3-libs', 'ncurses-terminfo-base', 'ncurses-libs'], bins: { '/usr/bin/vim': 2_400_000 } },
  xxd: { v: { 'v3.7': '8.0.1359-r0', 'v3.23': '9.1.1962-r0' }, kib: 20 },
  'lua5.3-libs': { v: { 'v3.7': '5.3.5-r0', 'v3.23': '5.3.6-r7' }, kib: 240 },
  iproute2: { v: { 'v3.7': '4.13.0-r0', 'v3.23': '6.17.0-r0' }, kib: 1_200, deps: ['libelf', 'libmnl'], bins: { '/sbin/ip': 500_000, '/usr/sbin/ss': 140_000 } },
  libelf: { v: { 'v3.7': '0.8.13-r3', 'v3.23': '0.194-r0' }, kib: 120 },
  libmnl: { v: { 'v3.7': '1.0.4-r0', 'v3.23': '1.0.5-r2' }, kib: 20 },
  // Further names students add, as leaves (their closures are long; the versions are the branch's).
  git: { v: { 'v3.7': '2.15.2-r0', 'v3.23': '2.52.0-r0' }, kib: 13_000, bins: { '/usr/bin/git': 2_300_000 } },
  python3: { v: { 'v3.7': '3.6.3-r9', 'v3.23': '3.12.12-r0' }, kib: 58_000, bins: { '/usr/bin/python3': 14_000 } },
  'py3-pip': { v: { 'v3.23': '25.1.1-r1' }, kib: 12_000, bins: { '/usr/bin/pip3': 200 } },
  nodejs: { v: { 'v3.7': '8.9.3-r1', 'v3.23': '24.11.1-r0' }, kib: 60_000, bins: { '/usr/bin/node': 40_000_000 } },
  npm: { v: { 'v3.23': '11.6.3-r0' }, kib: 9_000, bins: { '/usr/bin/npm': 60 } },
  'nodejs-npm': { v: { 'v3.7': '8.9.3-r1' }, kib: 7_000, bins: { '/usr/bin/npm': 60 } },
  'build-base': { v: { 'v3.7': '0.5-r0', 'v3.23': '0.5-r3' }, kib: 200_000 },
  jq: { v: { 'v3.7': '1.5-r5', 'v3.23': '1.8.1-r0' }, kib: 300, bins: { '/usr/bin/jq': 300_000 } },
  'postgresql-client': { v: { 'v3.7': '10.4-r0', 'v3.23': '18.1-r0' }, kib: 1_500, bins: { '/usr/bin/psql': 600_000 } },
  'openssh-client': { v: { 'v3.7': '7.5_p1-r8', 'v3.23': '10.2_p1-r0' }, kib: 3_000, bins: { '/usr/bin/ssh': 800_000 } },
  htop: { v: { 'v3.7': '2.0.2-r0', 'v3.23': '3.4.1-r0' }, kib: 200, bins: { '/usr/bin/htop': 180_000 } },
  tzdata: { v: { 'v3.7': '2018d-r1', 'v3.23': '2025c-r0' }, kib: 3_000 },
};
