// What apt knows inside a container: whether `apt-get update` fetched the indexes (the images
// delete /var/lib/apt/lists), which packages dpkg has installed, and the files an install adds.
import type { Vfs } from '../../../../engine/fs/vfs';
import type { World } from '../../../../engine/world';
import { getContainerById } from '../../../../engine/tables/containerTable';
import type { PkgFile } from '../pkgFiles';
import type { AptDistro } from './aptDistros';
import { APT_INDEX, type AptPkg } from './aptIndex';
import { APT_MORE } from './aptMoreIndex';

export const LISTS_DIR = '/var/lib/apt/lists';

/** The Packages files `apt-get update` leaves (what `apt-get install` reads). */
export function hasLists(vfs: Vfs): boolean {
  try {
    return vfs.readdir(LISTS_DIR).some((f) => f.endsWith('_Packages'));
  } catch {
    return false;
  }
}

export function listFiles(distro: AptDistro): PkgFile[] {
  const files: PkgFile[] = [{ path: `${LISTS_DIR}/lock`, text: '' }];
  for (const [text, bytes] of distro.update) {
    const m = /^http:\/\/(\S+) (\S+) amd64 Packages$/.exec(text);
    if (!m) continue;
    const [dist, ...comp] = m[2].split('/');
    const name = `${m[1].replaceAll('/', '_')}_dists_${dist}${comp.length ? '_' + comp.join('_') : ''}_binary-amd64_Packages`;
    files.push({ path: `${LISTS_DIR}/${name}`, size: bytes * 4, mode: 0o644 });
  }
  return files;
}

/**
 * What the image's own build installed with apt-get (its history lines), less what it purged:
 * python:*-slim installs ca-certificates, buildpack-deps curl and wget.
 */
export function imagePackages(world: World, host: string, containerId: string | undefined): Set<string> {
  const daemon = world.hosts[host]?.daemon;
  const container = containerId ? getContainerById(daemon, containerId) : undefined;
  const image = container ? daemon.images[container.imageId] : undefined;
  const installed = new Set<string>();
  const purged = new Set<string>();
  for (const h of image?.history ?? []) {
    for (const m of h.createdBy.matchAll(/apt-get (install|purge)((?:\s+[^\s;&|]+)+)/g)) {
      const names = m[2].trim().split(/\s+/).filter((w) => /^[a-z0-9][a-z0-9.+-]+$/.test(w));
      for (const n of names) (m[1] === 'install' ? installed : purged).add(n);
    }
  }
  for (const n of purged) installed.delete(n);
  return installed;
}

/** Packages whose files dpkg holds a list of, that the image installed, or that it plainly has. */
export function isInstalled(vfs: Vfs, name: string, pkg: AptPkg, fromImage: Set<string> = new Set()): boolean {
  if (fromImage.has(name)) return true;
  if (vfs.exists(`/var/lib/dpkg/info/${name}.list`) || vfs.exists(`/var/lib/dpkg/info/${name}:amd64.list`)) return true;
  if (name === 'ca-certificates') return vfs.exists('/etc/ssl/certs/ca-certificates.crt');
  const bins = Object.keys(pkg.bins ?? {});
  return bins.length > 0 && bins.every((b) => vfs.exists(b));
}

export function depFamily(distro: AptDistro): 'debian' | 'trixie' | 'ubuntu' {
  return distro.id === 'ubuntu' ? 'ubuntu' : distro.style === 'apt3' ? 'trixie' : 'debian';
}

export function findPkg(distro: AptDistro, name: string): AptPkg | undefined {
  const pkg = Object.hasOwn(APT_INDEX, name) ? APT_INDEX[name] : Object.hasOwn(APT_MORE, name) ? APT_MORE[name] : undefined;
  return pkg && pkg.v[distro.versions] ? pkg : undefined;
}

/** Libraries are Multi-Arch: same; dpkg names them with the architecture. */
export function archName(name: string): string {
  return name.startsWith('lib') ? `${name}:amd64` : name;
}

export function pkgFiles(name: string, pkg: AptPkg): PkgFile[] {
  const files: PkgFile[] = [];
  const bins = Object.entries(pkg.bins ?? {});
  for (const [path, size] of bins) files.push({ path, size, mode: 0o755 });
  const rest = Math.max(0, pkg.kb[1] * 1024 - bins.reduce((s, [, n]) => s + n, 0));
  if (rest > 0) files.push({ path: `/usr/share/doc/${name}/.installed-data`, size: rest, mode: 0o644 });
  files.push({ path: `/usr/share/doc/${name}/copyright`, text: `Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: ${name}\n` });
  files.push({ path: `/var/lib/dpkg/info/${archName(name)}.list`, text: [...bins.map(([p]) => p), `/usr/share/doc/${name}/copyright`].join('\n') + '\n' });
  files.push({ path: `/var/lib/dpkg/info/${archName(name)}.md5sums`, text: '' });
  for (const [alt, target] of Object.entries(pkg.alternatives ?? {})) {
    files.push({ path: `/etc/alternatives/${alt}`, link: target });
    files.push({ path: `/usr/bin/${alt}`, link: `/etc/alternatives/${alt}` });
  }
  if (name === 'ca-certificates') files.push({ path: '/etc/ssl/certs/ca-certificates.crt', size: 214_000, mode: 0o644 });
  return files;
}
