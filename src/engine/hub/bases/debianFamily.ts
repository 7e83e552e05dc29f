// The root filesystem of a Debian-family base image (Debian and Ubuntu): skeleton, identity files
// and the GNU userland. No procps (`ps`) and no iputils (`ping`): the base images leave them out.
import type { FileSet } from '../catalogTypes';
import { bins } from '../defineCatalog';
import { DEBIAN_PASSWD, GNU_BIN, GNU_SBIN, GNU_SIZES, GNU_USR_BIN, rootSkeleton } from './skeleton';

export interface DebianFamilySpec {
  osRelease: string;
  /** /etc/debian_version ('8.10', 'buster/sid' on Ubuntu …). */
  debianVersion: string;
  usrmerge: boolean;
  /** Extra identity files (/etc/lsb-release on Ubuntu). */
  extra?: FileSet;
}

export function debianFamilyRootfs(spec: DebianFamilySpec): FileSet {
  // Before usrmerge the core tools live in /bin; after it /bin is a symlink and they are in /usr/bin.
  const binDir = spec.usrmerge ? '/usr/bin' : '/bin';
  const sbinDir = spec.usrmerge ? '/usr/sbin' : '/sbin';
  return {
    ...rootSkeleton({ usrmerge: spec.usrmerge }),
    // A plain file rather than the real ../usr/lib/os-release symlink, so that it reads the same
    // through any path resolver.
    '/etc/os-release': spec.osRelease,
    '/usr/lib/os-release': spec.osRelease,
    '/etc/debian_version': `${spec.debianVersion}\n`,
    '/etc/passwd': DEBIAN_PASSWD,
    '/etc/group': 'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nwww-data:x:33:\nstaff:x:50:\nusers:x:100:\nnogroup:x:65534:\n',
    '/etc/shells': '# /etc/shells: valid login shells\n/bin/sh\n/bin/dash\n/bin/bash\n/bin/rbash\n',
    '/etc/bash.bashrc': '# System-wide .bashrc file for interactive bash(1) shells.\n',
    '/root/.bashrc': '# ~/.bashrc: executed by bash(1) for non-login shells.\n',
    '/root/.profile': '# ~/.profile: executed by Bourne-compatible login shells.\n',
    ...bins(binDir, GNU_BIN, 64_000, GNU_SIZES),
    [`${binDir}/sh`]: { link: 'dash' },
    [`${binDir}/rbash`]: { link: 'bash' },
    ...bins('/usr/bin', GNU_USR_BIN, 48_000, GNU_SIZES),
    ...bins(sbinDir, GNU_SBIN, 80_000),
    ...(spec.extra ?? {}),
  };
}
