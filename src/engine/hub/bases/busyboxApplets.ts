// BusyBox applets and where Alpine installs their links. The busybox image puts them all in /bin.
export const ALPINE_BIN = ['ash', 'base64', 'bbconfig', 'cat', 'chgrp', 'chmod', 'chown', 'cp', 'date', 'dd', 'df', 'dmesg', 'dnsdomainname', 'echo', 'egrep', 'false', 'fgrep', 'getopt', 'grep', 'gunzip', 'gzip', 'hostname', 'ionice', 'kill', 'link', 'ln', 'login', 'ls', 'mkdir', 'mknod', 'mktemp', 'more', 'mount', 'mountpoint', 'mv', 'netstat', 'nice', 'pidof', 'ping', 'ping6', 'printenv', 'ps', 'pwd', 'rev', 'rm', 'rmdir', 'run-parts', 'sed', 'sh', 'sleep', 'stat', 'stty', 'su', 'sync', 'tar', 'touch', 'true', 'umount', 'uname', 'usleep', 'watch', 'zcat'];
export const ALPINE_SBIN = ['arp', 'blkid', 'getty', 'halt', 'ifconfig', 'init', 'ip', 'mdev', 'poweroff', 'reboot', 'route', 'swapoff', 'swapon', 'sysctl'];
export const ALPINE_USR_BIN = ['[', '[[', 'awk', 'basename', 'bc', 'clear', 'cmp', 'cut', 'diff', 'dirname', 'du', 'env', 'expr', 'find', 'free', 'head', 'hexdump', 'id', 'install', 'killall', 'less', 'md5sum', 'nc', 'nl', 'nohup', 'nproc', 'nslookup', 'od', 'paste', 'printf', 'readlink', 'realpath', 'reset', 'seq', 'sha1sum', 'sha256sum', 'sort', 'split', 'tail', 'tee', 'telnet', 'test', 'time', 'top', 'tr', 'traceroute', 'tty', 'uniq', 'unzip', 'uptime', 'vi', 'wc', 'wget', 'which', 'whoami', 'xargs', 'yes'];
export const ALPINE_USR_SBIN = ['addgroup', 'adduser', 'chroot', 'crond', 'delgroup', 'deluser', 'nologin'];

/** Every applet, for the busybox image's flat /bin. */
export const ALL_APPLETS = [...new Set([...ALPINE_BIN, ...ALPINE_SBIN, ...ALPINE_USR_BIN, ...ALPINE_USR_SBIN, 'httpd', 'passwd', 'syslogd'])]
  .filter((a) => a !== 'bbconfig')
  .sort();
