// More packages students reach for in Dockerfiles (git, build tools, python3, clients, small
// utilities), kept as leaves: their real dependency closures are long and a slim image lacks
// most of them, so the plan shows only the package itself. Versions per release are real.
import type { AptPkg } from './aptIndex';

type Row = [name: string, jessie: string, stretch: string, trixie: string, bionic: string, noble: string, kb: [number, number], bins: string[]];

const ROWS: Row[] = [
  ['git', '1:2.1.4-2.1+deb8u6', '1:2.11.0-3+deb9u3', '1:2.47.3-0+deb13u1', '1:2.17.1-1ubuntu0.1', '1:2.43.0-1ubuntu7.3', [3_400, 24_000], ['/usr/bin/git']],
  ['build-essential', '11.7', '12.3', '12.12', '12.4ubuntu1', '12.10ubuntu1', [5, 20], []],
  ['gcc', '4:4.9.2-2', '4:6.3.0-4', '4:14.2.0-1', '4:7.4.0-1ubuntu2.3', '4:13.2.0-7ubuntu1', [5, 51], ['/usr/bin/gcc']],
  ['make', '4.0-8.1', '4.1-9.1', '4.4.1-2', '4.1-9.1ubuntu1', '4.3-4.1build2', [333, 1_356], ['/usr/bin/make']],
  ['libpq-dev', '9.4.17-0+deb8u1', '9.6.7-0+deb9u1', '17.6-0+deb13u1', '10.3-1', '16.10-0ubuntu0.24.04.1', [220, 900], []],
  ['python3', '3.4.2-2', '3.5.3-1', '3.13.5-1', '3.6.5-3', '3.12.3-0ubuntu2', [23, 80], ['/usr/bin/python3']],
  ['python3-pip', '1.5.6-5', '9.0.1-2', '25.1.1+dfsg-1', '9.0.1-2.3~ubuntu1', '24.0+dfsg-1ubuntu1.3', [1_305, 6_848], ['/usr/bin/pip3']],
  ['dnsutils', '1:9.9.5.dfsg-9+deb8u15', '1:9.10.3.dfsg.P4-12.3+deb9u4', '1:9.20.15-1~deb13u1', '1:9.11.3+dfsg-1ubuntu1', '1:9.18.39-0ubuntu0.24.04.1', [404, 1_001], ['/usr/bin/dig', '/usr/bin/nslookup']],
  ['netcat-openbsd', '1.105-7', '1.178-3', '1.229-1', '1.187-1ubuntu0.1', '1.226-1ubuntu2', [34, 109], ['/bin/nc.openbsd']],
  ['htop', '1.0.3-1', '2.0.2-1', '3.4.1-5', '2.1.0-3', '3.3.0-4build1', [80, 216], ['/usr/bin/htop']],
  ['unzip', '6.0-16+deb8u3', '6.0-21', '6.0-29', '6.0-21ubuntu1', '6.0-28ubuntu4.1', [170, 529], ['/usr/bin/unzip']],
  ['jq', '1.4-2.1+deb8u1', '1.5+dfsg-1.3', '1.7.1-6+deb13u1', '1.5+dfsg-2', '1.7.1-3build1', [45, 102], ['/usr/bin/jq']],
  ['less', '458-3', '481-2.1', '668-1', '487-0.1', '590-2ubuntu2.1', [126, 297], ['/usr/bin/less']],
  ['tree', '1.7.0-3', '1.7.0-5', '2.2.1-1', '1.7.0-5', '2.1.1-2ubuntu3', [49, 102], ['/usr/bin/tree']],
  ['sudo', '1.8.10p3-1+deb8u5', '1.8.19p1-2.1', '1.9.16p2-3', '1.8.21p2-3ubuntu1', '1.9.15p5-3ubuntu5', [1_055, 3_109], ['/usr/bin/sudo']],
  ['postgresql-client', '9.4+165+deb8u3', '9.6+181+deb9u1', '17+278', '10+190', '16+257build1', [55, 75], ['/usr/bin/psql']],
  ['telnet', '0.17-36', '0.17-41', '0.17+2.6-3', '0.17-41', '0.17+2.5-3ubuntu4', [72, 167], ['/usr/bin/telnet']],
  ['openssh-client', '1:6.7p1-5+deb8u4', '1:7.4p1-10+deb9u3', '1:10.0p1-7', '1:7.6p1-4', '1:9.6p1-3ubuntu13.14', [782, 4_108], ['/usr/bin/ssh']],
];

export const APT_MORE: Record<string, AptPkg> = Object.fromEntries(
  ROWS.map(([name, jessie, stretch, trixie, bionic, noble, kb, bins]) => [
    name,
    { v: { jessie, stretch, trixie, bionic, noble }, kb, bins: Object.fromEntries(bins.map((b) => [b, Math.round((kb[1] * 1024) / Math.max(1, bins.length) / 2)])) },
  ]),
);
