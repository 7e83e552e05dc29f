// Alpine base layers: busybox applets as symlinks, musl, apk. No bash.
import type { CatalogLayer, CatalogStep, FileSet } from '../catalogTypes';
import { defineLayer, materializeSteps } from '../defineCatalog';
import { addRootfs, nop } from '../steps';
import { ALPINE_BIN, ALPINE_SBIN, ALPINE_USR_BIN, ALPINE_USR_SBIN } from './busyboxApplets';
import { OS_RELEASE } from './osRelease';
import { dirs, links } from '../defineCatalog';

const PASSWD = `root:x:0:0:root:/root:/bin/ash
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
adm:x:3:4:adm:/var/adm:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/spool/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
operator:x:11:0:operator:/root:/sbin/nologin
man:x:13:15:man:/usr/man:/sbin/nologin
postmaster:x:14:12:postmaster:/var/spool/mail:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
at:x:25:25:at:/var/spool/cron/atjobs:/sbin/nologin
squid:x:31:31:Squid:/var/cache/squid:/sbin/nologin
xfs:x:33:33:X Font Server:/etc/X11/fs:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
postgres:x:70:70::/var/lib/postgresql:/bin/sh
nobody:x:65534:65534:nobody:/:/sbin/nologin
`;

export function alpineRootfs(osRelease: string, release: string, busyboxSize: number): FileSet {
  return {
    ...dirs(['/dev', '/etc/apk', '/home', '/lib/apk/db', '/media', '/mnt', '/opt', '/proc', '/run', '/srv', '/sys', '/usr/lib', '/usr/local/bin', '/usr/share', '/var/cache/apk', '/var/lib', '/var/log', '/var/spool', '/var/empty']),
    ...dirs(['/root'], 0o700),
    ...dirs(['/tmp', '/var/tmp'], 0o1777),
    '/bin/busybox': { bin: busyboxSize },
    ...links('/bin', ALPINE_BIN, '/bin/busybox'),
    ...links('/sbin', ALPINE_SBIN, '/bin/busybox'),
    ...links('/usr/bin', ALPINE_USR_BIN, '/bin/busybox'),
    ...links('/usr/sbin', ALPINE_USR_SBIN, '/bin/busybox'),
    '/sbin/apk': { bin: 263_000 },
    '/lib/ld-musl-x86_64.so.1': { bin: 599_000 },
    '/etc/os-release': osRelease,
    '/etc/alpine-release': `${release}\n`,
    '/etc/passwd': PASSWD,
    '/etc/group': 'root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nwheel:x:10:root\nwww-data:x:82:\nnogroup:x:65533:\nnobody:x:65534:\n',
    '/etc/shells': '# valid login shells\n/bin/sh\n/bin/ash\n',
    '/etc/hostname': '',
    '/etc/hosts': '127.0.0.1\tlocalhost localhost.localdomain\n',
    '/etc/resolv.conf': '',
    '/etc/profile': 'export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\n',
  };
}

const ALPINE_37 = defineLayer({
  seed: 'alpine:3.7@2018-01-09',
  size: 4_148_000,
  compressed: 2_065_000,
  created: '2018-01-09T21:10:58.365Z',
  digest: 'ff3a5c916c92' + '643ff77519ffa742d3ec61b7f591b6b7504599d95a4a41134e28',
  files: alpineRootfs(OS_RELEASE.alpine37, '3.7.0', 796_000),
});

const ALPINE_323 = defineLayer({
  seed: 'alpine:3.23@2025-12-17',
  size: 8_440_000,
  compressed: 3_860_000,
  created: '2025-12-17T22:41:10.000Z',
  files: alpineRootfs(OS_RELEASE.alpine323, '3.23.2', 808_712),
});

const ALPINE_32 = defineLayer({
  seed: 'alpine:3.2@2015-09-15',
  size: 5_250_000,
  compressed: 2_310_000,
  created: '2015-09-15T21:37:39.000Z',
  files: alpineRootfs(OS_RELEASE.alpine32, '3.2.3', 804_000),
});

function base(layer: CatalogLayer, cmd: string | null, createdIso: string): CatalogStep[] {
  return materializeSteps(cmd === null ? [addRootfs(layer)] : [addRootfs(layer), nop('classic', `CMD ${cmd}`)], createdIso);
}

export const ALPINE_BASES = {
  v37: base(ALPINE_37, '["/bin/sh"]', '2018-01-09T21:10:58.579Z'),
  /** Current alpine history: the rootfs tarball (buildkit) and its CMD. */
  v323: materializeSteps(
    [
      { by: 'ADD alpine-minirootfs-3.23.2-x86_64.tar.gz / # buildkit', layer: ALPINE_323, comment: 'buildkit.dockerfile.v0' },
      nop('current', 'CMD ["/bin/sh"]'),
    ],
    '2025-12-17T22:41:10.000Z',
  ),
  /** alpine:3.2 had no CMD yet. */
  v32: base(ALPINE_32, null, '2015-09-15T21:37:39.000Z'),
};
