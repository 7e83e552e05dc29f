// Era-dependent details of the files Docker writes into containers (/etc/hosts, /etc/resolv.conf)
// and of the network tools in the images of each era (busybox 1.28 on a 4.9 kernel vs busybox
// 1.36 on a 6.x kernel).
import type { ProfileName } from '../world';

export interface NetToolsProfile {
  /** libnetwork writes these addresses as strings in 18.03; current moby prints netip.Addr values. */
  hostsLocalnet: string;
  hostsMcastPrefix: string;
  /** Current engines put a header and a trailer of comments around resolv.conf. */
  resolvComments: boolean;
  /** Where the host's resolver list came from (the trailer's "Based on host file"). */
  resolvHostFile: string;
  /** The loopback device's queue length as `ip` prints it. */
  loQlen: number;
  /** libnetwork of the era sets the broadcast address on container interfaces. */
  containerBroadcast: boolean;
  /** busybox nslookup: the old getaddrinfo one (1.28) or the DNS-packet one (≥1.30). */
  nslookupStyle: 'old' | 'new';
}

export const netToolsProfiles: Record<ProfileName, NetToolsProfile> = {
  classic: {
    hostsLocalnet: 'fe00::0',
    hostsMcastPrefix: 'ff00::0',
    resolvComments: false,
    resolvHostFile: '/etc/resolv.conf',
    loQlen: 1,
    containerBroadcast: false,
    nslookupStyle: 'old',
  },
  current: {
    hostsLocalnet: 'fe00::',
    hostsMcastPrefix: 'ff00::',
    resolvComments: true,
    resolvHostFile: '/etc/resolv.conf',
    loQlen: 1000,
    containerBroadcast: true,
    nslookupStyle: 'new',
  },
};
