// The busybox image's only layer: one static binary and a link per applet, a minimal /etc. No bash.
import type { FileSet } from '../catalogTypes';
import { dirs, links } from '../defineCatalog';
import { ALL_APPLETS } from './busyboxApplets';

const PASSWD = `root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
bin:x:2:2:bin:/bin:/bin/false
sys:x:3:3:sys:/dev:/bin/false
sync:x:4:100:sync:/bin:/bin/sync
mail:x:8:8:mail:/var/spool/mail:/bin/false
www-data:x:33:33:www-data:/var/www:/bin/false
operator:x:37:37:Operator:/var:/bin/false
nobody:x:65534:65534:nobody:/home:/bin/false
`;

export function busyboxRootfs(binarySize: number): FileSet {
  return {
    ...dirs(['/dev', '/etc', '/home', '/usr/sbin', '/var/spool/mail', '/var/www']),
    ...dirs(['/root'], 0o700),
    ...dirs(['/tmp'], 0o1777),
    '/bin/busybox': { bin: binarySize },
    ...links('/bin', ALL_APPLETS.filter((a) => a !== 'busybox'), '/bin/busybox'),
    '/etc/passwd': PASSWD,
    '/etc/group': 'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nwheel:x:10:root\nmail:x:8:\nwww-data:x:33:\nusers:x:100:\nnogroup:x:65534:\n',
    '/etc/hostname': '',
    '/etc/hosts': '127.0.0.1\tlocalhost\n',
    '/etc/resolv.conf': '',
  };
}
