// nicolaka/netshoot: an Alpine network-debugging toolbox (bash, curl, dig, nslookup, ip, ping,
// netstat, tcpdump, nmap …). In 2018 it started `bash -l`; today it starts zsh.
import type { ProfileName } from '../../world';
import type { CatalogImage, CatalogStep, FileSet } from '../catalogTypes';
import { ALPINE_BASES } from '../bases/alpine';
import { bins, defineImage, defineLayer } from '../defineCatalog';
import { copy, nop, run } from '../steps';

const TOOLS = ['bash', 'curl', 'dig', 'host', 'drill', 'tcpdump', 'nmap', 'iperf3', 'iftop', 'mtr', 'socat', 'jq', 'ethtool', 'conntrack', 'iptables', 'ss', 'strace', 'tshark'];

function netshootFiles(zsh: boolean): FileSet {
  return {
    ...bins('/usr/bin', TOOLS.filter((t) => t !== 'bash' && t !== 'iptables' && t !== 'ss' && t !== 'conntrack'), 310_000, { curl: 260_000, tshark: 2_100_000, nmap: 2_800_000 }),
    '/bin/bash': { bin: 1_120_000 },
    ...(zsh ? { '/bin/zsh': { bin: 840_000 } } : {}),
    ...bins('/sbin', ['ip', 'ss', 'iptables', 'conntrack', 'bridge'], 620_000),
    '/usr/bin/nslookup': { bin: 150_000 },
    '/etc/shells': `# valid login shells\n/bin/sh\n/bin/ash\n/bin/bash\n${zsh ? '/bin/zsh\n' : ''}`,
  };
}

function netshoot(era: ProfileName, created: string, base: CatalogStep[], size: [number, number]): CatalogImage {
  const layer = (n: string, s: number, compressed: number, files: FileSet = {}) => defineLayer({ seed: `nicolaka/netshoot@${created}/${n}`, size: s, compressed, created, files });
  const zsh = era === 'current';
  const cmd = zsh ? ['zsh'] : ['/bin/bash', '-l'];
  return defineImage({
    era,
    repo: 'nicolaka/netshoot',
    tags: ['latest'],
    created,
    base,
    author: era === 'classic' ? 'Nicola Kabar <nicola.kabar@gmail.com>' : '',
    steps: [
      ...(era === 'classic' ? [nop(era, 'MAINTAINER Nicola Kabar <nicola.kabar@gmail.com>')] : []),
      run(era, 'set -ex     && echo "http://dl-cdn.alpinelinux.org/alpine/edge/main" >> /etc/apk/repositories     && apk update     && apk upgrade     && apk add --no-cache     apache2-utils     bash     bind-tools     bird     bridge-utils     busybox-extras     conntrack-tools     curl     dhcping     drill     ethtool     file    fping     iftop     iperf     iproute2     ipset     iptables     iptraf-ng     iputils     ipvsadm     jq     libc6-compat     liboping     mtr     net-snmp-tools     netcat-openbsd     nftables     ngrep     nmap     nmap-nping     openssl     py-crypto     py2-virtualenv     python2     scapy     socat     strace     tcpdump     tcptraceroute     util-linux     vim', layer('tools', size[0], size[1], netshootFiles(zsh))),
      copy(era, 'motd', '/etc/motd', layer('motd', 1_060, 640, { '/etc/motd': ' dP            dP                           dP\n 88            88                           88\n 88d888b. .d8888b. d8888P .d8888b. 88d888b. .d8888b. .d8888b. d8888P\n 88\'  `88 88ooood8   88   Y8ooooo. 88\'  `88 88\'  `88 88\'  `88   88\n 88    88 88.  ...   88         88 88    88 88.  .88 88.  .88   88\n dP    dP `88888P\'   dP   `88888P\' dP    dP `88888P\' `88888P\'   dP\n\nWelcome to Netshoot! (github.com/nicolaka/netshoot)\n' })),
      nop(era, `CMD ${JSON.stringify(cmd)}`),
    ],
    config: { cmd },
  });
}

export const NETSHOOT: CatalogImage[] = [
  netshoot('classic', '2018-04-10T17:52:03.221Z', ALPINE_BASES.v37, [272_400_000, 96_170_000]),
  netshoot('current', '2025-11-05T21:08:12.000Z', ALPINE_BASES.v323, [504_800_000, 172_300_000]),
];
