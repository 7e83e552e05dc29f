// The directory skeleton every Linux distribution image starts from, and the handful of /etc
// files all of them carry.
import type { FileSet } from '../catalogTypes';
import { dirs, links } from '../defineCatalog';

/** Root directories; with usrmerge, /bin /sbin /lib /lib64 are symlinks into /usr. */
export function rootSkeleton(opts: { usrmerge: boolean }): FileSet {
  const merged = ['bin', 'sbin', 'lib', 'lib64'];
  return {
    ...dirs(['/boot', '/dev', '/etc', '/home', '/media', '/mnt', '/opt', '/proc', '/run', '/srv', '/sys', '/usr/bin', '/usr/sbin', '/usr/lib', '/usr/local/bin', '/usr/local/sbin', '/usr/local/lib', '/usr/share', '/var/cache', '/var/lib', '/var/log', '/var/mail', '/var/opt', '/var/spool']),
    ...dirs(['/root'], 0o700),
    ...dirs(['/tmp', '/var/tmp'], 0o1777),
    ...(opts.usrmerge
      ? Object.fromEntries(merged.map((d) => [`/${d}`, { link: `usr/${d}` }]))
      : dirs(merged.map((d) => `/${d}`))),
    ...links('/var', ['run'], '/run'),
    '/etc/hostname': '',
    '/etc/hosts': '127.0.0.1\tlocalhost\n',
    '/etc/resolv.conf': '',
  };
}

/** The /etc/passwd and /etc/group of a Debian-family base system. */
export const DEBIAN_PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/var/run/ircd:/usr/sbin/nologin
gnats:x:41:41:Gnats Bug-Reporting System (admin):/var/lib/gnats:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;

/** GNU userland of a Debian/Ubuntu base: where each tool lives before usrmerge. */
export const GNU_BIN = ['bash', 'cat', 'chgrp', 'chmod', 'chown', 'cp', 'dash', 'date', 'dd', 'df', 'dir', 'dmesg', 'echo', 'egrep', 'false', 'fgrep', 'findmnt', 'grep', 'gunzip', 'gzip', 'hostname', 'ln', 'login', 'ls', 'lsblk', 'mkdir', 'mknod', 'mktemp', 'more', 'mount', 'mv', 'pwd', 'readlink', 'rm', 'rmdir', 'run-parts', 'sed', 'sleep', 'stty', 'su', 'sync', 'tar', 'tempfile', 'touch', 'true', 'umount', 'uname', 'which', 'zcat'];
export const GNU_USR_BIN = ['apt', 'apt-get', 'apt-cache', 'apt-key', 'awk', 'base64', 'basename', 'chroot', 'clear', 'cmp', 'comm', 'cut', 'diff', 'dirname', 'dpkg', 'dpkg-query', 'du', 'env', 'expr', 'find', 'getent', 'groups', 'head', 'id', 'install', 'ldd', 'less', 'logname', 'md5sum', 'mawk', 'nice', 'nohup', 'nproc', 'od', 'paste', 'perl', 'printenv', 'printf', 'realpath', 'seq', 'sha256sum', 'sort', 'split', 'stat', 'tac', 'tail', 'tee', 'test', 'timeout', 'tr', 'tty', 'uniq', 'unlink', 'users', 'wc', 'whoami', 'xargs', 'yes'];
export const GNU_SBIN = ['adduser', 'groupadd', 'ldconfig', 'useradd', 'usermod', 'start-stop-daemon'];

export const GNU_SIZES: Record<string, number> = {
  bash: 1_099_016,
  dash: 117_208,
  ls: 138_856,
  cat: 35_064,
  grep: 215_696,
  tar: 445_072,
  perl: 2_097_720,
  apt: 18_840,
  'apt-get': 14_840,
  dpkg: 293_296,
};
