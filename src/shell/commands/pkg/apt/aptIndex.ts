// The packages students install with apt-get: versions per release, the dependencies a slim
// image lacks (a shortened but real part of each closure), download and installed sizes, and the
// binaries they bring (which make `curl`, `ping`, `ip` … exist in the container afterwards).

export interface AptPkg {
  /** Version per release (codename of AptDistro.versions). */
  v: Record<string, string>;
  /** kB of the .deb and installed kB. */
  kb: [number, number];
  /** Dependencies per apt style family: `debian` (classic Debian), `trixie`, `ubuntu`. */
  deps?: Partial<Record<'debian' | 'trixie' | 'ubuntu', string[]>>;
  /** Executables installed, with their sizes in bytes. */
  bins?: Record<string, number>;
  /**
   * Names its postinst registers with update-alternatives, with the file they resolve to:
   * /usr/bin/NAME -> /etc/alternatives/NAME -> target (vim provides vi, view, ex, editor …).
   */
  alternatives?: Record<string, string>;
  /** A trigger this package's installation fires (ca-certificates rebuilds the bundle). */
  setupExtra?: string;
}

const CURL_V = { jessie: '7.38.0-4+deb8u10', stretch: '7.52.1-5+deb9u5', trixie: '8.14.1-2', bionic: '7.58.0-2ubuntu3', noble: '8.5.0-2ubuntu10.6' };

export const APT_INDEX: Record<string, AptPkg> = {
  curl: {
    v: CURL_V,
    kb: [227, 386],
    deps: {
      debian: ['ca-certificates', 'libcurl3', 'libnghttp2-14', 'libpsl5', 'librtmp1', 'libssh2-1', 'libssl1.0.2'],
      trixie: ['ca-certificates', 'libcurl4t64', 'libnghttp2-14', 'libnghttp3-9', 'libpsl5t64', 'librtmp1', 'libssh2-1t64', 'openssl'],
      ubuntu: ['ca-certificates', 'libcurl4', 'libnghttp2-14', 'libpsl5', 'librtmp1', 'libssh-4', 'openssl'],
    },
    bins: { '/usr/bin/curl': 223_000 },
  },
  libcurl3: { v: CURL_V, kb: [292, 682] },
  libcurl4: { v: CURL_V, kb: [341, 930] },
  libcurl4t64: { v: CURL_V, kb: [391, 1049] },
  'ca-certificates': {
    v: { jessie: '20141019+deb8u4', stretch: '20161130+nmu1+deb9u1', trixie: '20250419', bionic: '20180409', noble: '20240203' },
    kb: [200, 416],
    deps: { trixie: ['openssl'], ubuntu: ['openssl'] },
    setupExtra: 'Updating certificates in /etc/ssl/certs...\n',
  },
  'libnghttp2-14': { v: { jessie: '1.21.1-1', stretch: '1.18.1-1', trixie: '1.64.0-1.1', bionic: '1.30.0-1ubuntu1', noble: '1.59.0-1ubuntu0.2' }, kb: [79, 201] },
  'libnghttp3-9': { v: { trixie: '1.8.0-1' }, kb: [67, 181] },
  libpsl5: { v: { jessie: '0.5.1-1', stretch: '0.17.0-3', bionic: '0.19.1-5build1', noble: '0.21.2-1.1build1' }, kb: [42, 94] },
  libpsl5t64: { v: { trixie: '0.21.2-1.1+b1' }, kb: [57, 101] },
  librtmp1: { v: { jessie: '2.4+20150115.gita107cef-1+deb8u1', stretch: '2.4+20151223.gitfa8646d.1-1+b1', trixie: '2.4+20151223.gitfa8646d.1-2+b5', bionic: '2.4+20151223.gitfa8646d.1-1', noble: '2.4+20151223.gitfa8646d.1-2build7' }, kb: [60, 147] },
  'libssh2-1': { v: { jessie: '1.4.3-4.1+deb8u1', stretch: '1.7.0-1' }, kb: [139, 295] },
  'libssh2-1t64': { v: { trixie: '1.11.1-1' }, kb: [244, 524] },
  'libssh-4': { v: { bionic: '0.8.0~20170825.94fa1e38-1ubuntu0.7', noble: '0.10.6-2build2' }, kb: [189, 535] },
  'libssl1.0.2': { v: { jessie: '1.0.1t-1+deb8u8', stretch: '1.0.2l-2+deb9u3' }, kb: [1_297, 3_344] },
  openssl: { v: { stretch: '1.1.0f-3+deb9u2', trixie: '3.5.4-1~deb13u1', bionic: '1.1.1-1ubuntu2.1~18.04.23', noble: '3.0.13-0ubuntu3.6' }, kb: [1_486, 2_333], bins: { '/usr/bin/openssl': 1_020_000 } },
  wget: {
    v: { jessie: '1.16-1+deb8u5', stretch: '1.18-5+deb9u2', trixie: '1.25.0-2', bionic: '1.19.4-1ubuntu2.2', noble: '1.21.4-1ubuntu4.1' },
    kb: [799, 2_898],
    deps: { debian: ['ca-certificates', 'libpsl5', 'libssl1.0.2'], trixie: ['ca-certificates', 'libpsl5t64', 'openssl'], ubuntu: ['ca-certificates', 'libpsl5', 'openssl'] },
    bins: { '/usr/bin/wget': 500_000 },
  },
  'iputils-ping': {
    v: { jessie: '3:20121221-5+b2', stretch: '3:20161105-1', trixie: '3:20240905-3', bionic: '3:20161105-1ubuntu3', noble: '3:20240117-1ubuntu0.1' },
    kb: [55, 122],
    deps: { debian: ['libcap2'], trixie: ['libcap2'], ubuntu: ['libcap2'] },
    bins: { '/bin/ping': 61_000 },
  },
  libcap2: { v: { jessie: '1:2.24-8', stretch: '1:2.25-1', trixie: '1:2.75-10+b1', bionic: '1:2.25-1.2', noble: '1:2.66-5ubuntu2.2' }, kb: [17, 48] },
  'net-tools': {
    v: { jessie: '1.60-26+b1', stretch: '1.60+git20161116.90da8a0-1', trixie: '2.10-1.3', bionic: '1.60+git20161116.90da8a0-1ubuntu1', noble: '2.10-0.1ubuntu4.4' },
    kb: [248, 979],
    bins: { '/sbin/ifconfig': 76_000, '/bin/netstat': 151_000, '/sbin/route': 64_000, '/sbin/arp': 56_000 },
  },
  iproute2: {
    v: { jessie: '3.16.0-2', stretch: '4.9.0-1+deb9u1', trixie: '6.15.0-1', bionic: '4.15.0-2ubuntu1.3', noble: '6.1.0-1ubuntu6.2' },
    kb: [827, 2_599],
    deps: { debian: ['libelf1', 'libmnl0'], trixie: ['libelf1t64', 'libmnl0'], ubuntu: ['libelf1', 'libmnl0'] },
    bins: { '/bin/ip': 560_000, '/bin/ss': 140_000 },
  },
  libelf1: { v: { jessie: '0.159-4.2', stretch: '0.168-1', bionic: '0.170-0.4ubuntu0.1', noble: '0.190-1.1ubuntu0.1' }, kb: [166, 354] },
  libelf1t64: { v: { trixie: '0.193-3' }, kb: [189, 428] },
  libmnl0: { v: { jessie: '1.0.3-5', stretch: '1.0.4-2', trixie: '1.0.5-3', bionic: '1.0.4-2', noble: '1.0.5-2build1' }, kb: [12, 35] },
  procps: {
    v: { jessie: '2:3.3.9-9+deb8u1', stretch: '2:3.3.12-3+deb9u1', trixie: '2:4.0.4-9', bionic: '2:3.3.12-3ubuntu1.2', noble: '2:4.0.4-4ubuntu3.2' },
    kb: [250, 727],
    deps: { debian: ['libprocps6'], trixie: ['libproc2-0'], ubuntu: ['libprocps6'] },
    bins: { '/bin/ps': 137_000, '/usr/bin/top': 110_000, '/usr/bin/free': 27_000 },
  },
  libprocps6: { v: { stretch: '2:3.3.12-3+deb9u1', jessie: '2:3.3.9-9+deb8u1', bionic: '2:3.3.12-3ubuntu1.2', noble: '2:4.0.4-4ubuntu3.2' }, kb: [58, 178] },
  'libproc2-0': { v: { trixie: '2:4.0.4-9' }, kb: [65, 194] },
  nano: { v: { jessie: '2.2.6-3', stretch: '2.7.4-1', trixie: '8.4-1', bionic: '2.9.3-2', noble: '7.2-2ubuntu0.1' }, kb: [484, 2_080], bins: { '/bin/nano': 226_000 } },
  vim: {
    v: { jessie: '2:7.4.488-7+deb8u3', stretch: '2:8.0.0197-4+deb9u1', trixie: '2:9.1.1230-2', bionic: '2:8.0.1453-1ubuntu1.13', noble: '2:9.1.0016-1ubuntu7.9' },
    kb: [1_034, 2_532],
    deps: { debian: ['vim-common', 'vim-runtime', 'xxd'], trixie: ['vim-common', 'vim-runtime', 'xxd'], ubuntu: ['vim-common', 'vim-runtime', 'xxd'] },
    bins: { '/usr/bin/vim.basic': 2_500_000 },
    alternatives: Object.fromEntries(['vim', 'vimdiff', 'rvim', 'rview', 'vi', 'view', 'ex', 'editor'].map((n) => [n, '/usr/bin/vim.basic'])),
  },
  'vim-common': { v: { jessie: '2:7.4.488-7+deb8u3', stretch: '2:8.0.0197-4+deb9u1', trixie: '2:9.1.1230-2', bionic: '2:8.0.1453-1ubuntu1.13', noble: '2:9.1.0016-1ubuntu7.9' }, kb: [159, 375] },
  'vim-runtime': { v: { jessie: '2:7.4.488-7+deb8u3', stretch: '2:8.0.0197-4+deb9u1', trixie: '2:9.1.1230-2', bionic: '2:8.0.1453-1ubuntu1.13', noble: '2:9.1.0016-1ubuntu7.9' }, kb: [5_411, 30_240] },
  xxd: { v: { jessie: '2:7.4.488-7+deb8u3', stretch: '2:8.0.0197-4+deb9u1', trixie: '2:9.1.1230-2', bionic: '2:8.0.1453-1ubuntu1.13', noble: '2:9.1.0016-1ubuntu7.9' }, kb: [84, 207], bins: { '/usr/bin/xxd': 18_000 } },
};
