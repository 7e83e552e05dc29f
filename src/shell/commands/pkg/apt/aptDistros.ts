// The Debian-family releases the images are built on, as apt sees them: the indexes
// `apt-get update` fetches (in the order apt prints them), the apt generation that decides the
// install texts, and the mirror apt downloads .debs from.
import type { Vfs } from '../../../../engine/fs/vfs';

export type AptStyle = 'apt1' | 'apt2' | 'apt3';

export interface AptDistro {
  id: 'debian' | 'ubuntu';
  codename: string;
  /** Which codename's package versions apply (xenial borrows bionic's). */
  versions: string;
  style: AptStyle;
  /** `apt-get update` lines: [text after `Get:N `, bytes]; bytes 0 is an `Ign` line. */
  update: [string, number][];
  /** Where `apt-get install` fetches from: `http://deb.debian.org/debian stretch/main`. */
  pool: string;
  /** Files dpkg knows in the fresh image (`Reading database ... N files and directories`). */
  dbFiles: number;
  /** libc-bin's version, whose trigger runs after installing libraries. */
  libcBin: string;
}

const d = (host: string, dist: string) => `http://${host} ${dist}`;

const DISTROS: AptDistro[] = [
  {
    id: 'debian', codename: 'jessie', versions: 'jessie', style: 'apt1', pool: 'http://deb.debian.org/debian jessie/main', dbFiles: 7052, libcBin: '2.19-18+deb8u10',
    update: [
      [`${d('security.debian.org', 'jessie/updates')} InRelease`, 63_100], [`${d('deb.debian.org', 'jessie')} InRelease`, 0],
      [`${d('deb.debian.org', 'jessie-updates')} InRelease`, 145_000], [`${d('deb.debian.org', 'jessie')} Release.gpg`, 2_434],
      [`${d('deb.debian.org', 'jessie')} Release`, 148_000], [`${d('security.debian.org', 'jessie/updates/main')} amd64 Packages`, 634_000],
      [`${d('deb.debian.org', 'jessie-updates/main')} amd64 Packages`, 23_100], [`${d('deb.debian.org', 'jessie/main')} amd64 Packages`, 9_064_000],
    ],
  },
  {
    id: 'debian', codename: 'stretch', versions: 'stretch', style: 'apt2', pool: 'http://deb.debian.org/debian stretch/main', dbFiles: 6498, libcBin: '2.24-11+deb9u3',
    update: [
      [`${d('deb.debian.org/debian', 'stretch')} InRelease`, 94_300], [`${d('security.debian.org/debian-security', 'stretch/updates')} InRelease`, 94_300],
      [`${d('deb.debian.org/debian', 'stretch-updates')} InRelease`, 91_000], [`${d('deb.debian.org/debian', 'stretch/main')} amd64 Packages`, 7_084_000],
      [`${d('security.debian.org/debian-security', 'stretch/updates/main')} amd64 Packages`, 466_000], [`${d('deb.debian.org/debian', 'stretch-updates/main')} amd64 Packages`, 5_148],
    ],
  },
  {
    id: 'debian', codename: 'trixie', versions: 'trixie', style: 'apt3', pool: 'http://deb.debian.org/debian trixie/main', dbFiles: 5644, libcBin: '2.41-12',
    update: [
      [`${d('deb.debian.org/debian', 'trixie')} InRelease`, 140_000], [`${d('deb.debian.org/debian', 'trixie-updates')} InRelease`, 47_300],
      [`${d('deb.debian.org/debian-security', 'trixie-security')} InRelease`, 43_400], [`${d('deb.debian.org/debian', 'trixie/main')} amd64 Packages`, 9_670_000],
      [`${d('deb.debian.org/debian', 'trixie-updates/main')} amd64 Packages`, 5_412], [`${d('deb.debian.org/debian-security', 'trixie-security/main')} amd64 Packages`, 69_700],
    ],
  },
  {
    id: 'ubuntu', codename: 'bionic', versions: 'bionic', style: 'apt2', pool: 'http://archive.ubuntu.com/ubuntu bionic/main', dbFiles: 4039, libcBin: '2.27-3ubuntu1',
    update: [
      [`${d('security.ubuntu.com/ubuntu', 'bionic-security')} InRelease`, 83_200], [`${d('archive.ubuntu.com/ubuntu', 'bionic')} InRelease`, 242_000],
      [`${d('archive.ubuntu.com/ubuntu', 'bionic-updates')} InRelease`, 88_700], [`${d('archive.ubuntu.com/ubuntu', 'bionic-backports')} InRelease`, 74_600],
      [`${d('archive.ubuntu.com/ubuntu', 'bionic/universe')} amd64 Packages`, 11_300_000], [`${d('security.ubuntu.com/ubuntu', 'bionic-security/main')} amd64 Packages`, 106_000],
      [`${d('archive.ubuntu.com/ubuntu', 'bionic/main')} amd64 Packages`, 1_344_000], [`${d('archive.ubuntu.com/ubuntu', 'bionic-updates/main')} amd64 Packages`, 211_000],
    ],
  },
  {
    id: 'ubuntu', codename: 'noble', versions: 'noble', style: 'apt2', pool: 'http://archive.ubuntu.com/ubuntu noble/main', dbFiles: 4381, libcBin: '2.39-0ubuntu8.6',
    update: [
      [`${d('archive.ubuntu.com/ubuntu', 'noble')} InRelease`, 256_000], [`${d('security.ubuntu.com/ubuntu', 'noble-security')} InRelease`, 126_000],
      [`${d('archive.ubuntu.com/ubuntu', 'noble-updates')} InRelease`, 126_000], [`${d('archive.ubuntu.com/ubuntu', 'noble-backports')} InRelease`, 126_000],
      [`${d('archive.ubuntu.com/ubuntu', 'noble/universe')} amd64 Packages`, 19_300_000], [`${d('security.ubuntu.com/ubuntu', 'noble-security/main')} amd64 Packages`, 1_500_000],
      [`${d('archive.ubuntu.com/ubuntu', 'noble/main')} amd64 Packages`, 1_808_000], [`${d('archive.ubuntu.com/ubuntu', 'noble-updates/main')} amd64 Packages`, 1_900_000],
    ],
  },
];

/** Releases we hold no data for borrow the nearest one's. */
const ALIASES: Record<string, string> = { xenial: 'bionic', buster: 'stretch', bullseye: 'trixie', bookworm: 'trixie', jammy: 'noble' };

export function findDistro(vfs: Vfs): AptDistro | undefined {
  let text: string;
  try {
    text = vfs.readFile('/etc/os-release');
  } catch {
    return undefined;
  }
  const codename = /^VERSION_CODENAME=(\w+)/m.exec(text)?.[1] ?? /^VERSION="[^(]*\((\w+)\)"/m.exec(text)?.[1]?.toLowerCase() ?? /^VERSION="[^(]*\(([A-Za-z]+)/m.exec(text)?.[1]?.toLowerCase();
  if (!codename) return undefined;
  const key = ALIASES[codename] ?? codename;
  const distro = DISTROS.find((x) => x.codename === key);
  if (!distro) return undefined;
  if (key === codename) return distro;
  // Print the release's own name in the index lines, with the borrowed data.
  const swap = (s: string) => s.replaceAll(key, codename);
  return { ...distro, codename, update: distro.update.map(([t, n]) => [swap(t), n]), pool: swap(distro.pool) };
}

/** apt's SizeToStr: `94.3 k`, `7084 k`, `10.1 M`, `5148 ` (callers add the B). */
export function aptSize(bytes: number): string {
  const units = ['', 'k', 'M', 'G'];
  let v = bytes;
  for (let i = 0; i < units.length; i++) {
    if (v < 100 && i !== 0) return `${v.toFixed(1)} ${units[i]}`;
    if (v < 10000) return `${v.toFixed(0)} ${units[i]}`;
    v /= 1000;
  }
  return `${v.toFixed(0)} G`;
}
