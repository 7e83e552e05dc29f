// Version facts of each era: what `docker version`, `info` and `uname` report, and where the
// virtual clock starts so that "2 weeks ago" against an image's build date reads as it did then.
import type { ProfileName } from '../world';

export interface BaseProfile {
  name: ProfileName;
  /** `docker --version`: 'Docker version <version>, build <gitCommit>'. */
  version: string;
  gitCommit: string;
  apiVersion: string;
  minApiVersion: string;
  goVersion: string;
  clientBuilt: string;
  serverBuilt: string;
  containerdVersion: string;
  runcVersion: string;
  initVersion: string;
  kernelRelease: string;
  operatingSystem: string;
  /** tabwriter minwidth of every `ls`/`ps` table (20 before CLI 20.10, 10 since). */
  tableMinWidth: number;
  /** Virtual clock at world creation (ms since epoch). */
  startTime: number;
  /** MAC addresses: derived from the IP (≤27) or random (≥28). */
  macFromIp: boolean;
  /** Current engines also bind IPv6 for each published port. */
  ipv6PortBindings: boolean;
}

export const baseProfiles: Record<ProfileName, BaseProfile> = {
  current: {
    name: 'current',
    version: '29.0.1',
    gitCommit: 'eedd969',
    apiVersion: '1.52',
    minApiVersion: '1.44',
    goVersion: 'go1.25.4',
    clientBuilt: 'Fri Nov 14 16:17:55 2025',
    serverBuilt: 'Fri Nov 14 16:17:55 2025',
    containerdVersion: 'v2.1.5',
    runcVersion: '1.3.3',
    initVersion: '0.19.0',
    kernelRelease: '6.8.0-88-generic',
    operatingSystem: 'Ubuntu 24.04.3 LTS',
    tableMinWidth: 10,
    startTime: Date.UTC(2026, 0, 15, 10, 0, 0),
    macFromIp: false,
    ipv6PortBindings: true,
  },
  classic: {
    name: 'classic',
    version: '18.03.1-ce',
    gitCommit: '9ee9f40',
    apiVersion: '1.37',
    minApiVersion: '1.12',
    goVersion: 'go1.9.5',
    clientBuilt: 'Thu Apr 26 07:17:20 2018',
    serverBuilt: 'Thu Apr 26 07:15:30 2018',
    containerdVersion: 'v1.0.3',
    runcVersion: '4fc53a81fb7c994640722ac585fa9ca548971871',
    initVersion: '949e6fa',
    kernelRelease: '4.9.93-boot2docker',
    operatingSystem: 'Boot2Docker 18.03.1-ce (TCL 8.2.1); HEAD : cb77972 - Thu Apr 26 16:40:36 UTC 2018',
    tableMinWidth: 20,
    startTime: Date.UTC(2018, 4, 20, 10, 0, 0),
    macFromIp: true,
    ipv6PortBindings: false,
  },
};
