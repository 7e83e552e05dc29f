// Swarm's era-dependent facts: the ingress overlay's subnet (18.03 hard-coded 10.255.0.0/16;
// since 18.09 it comes from the 10.0.0.0/8 pool as 10.0.0.0/24), the info lines current engines
// add, whether the default host is a two-NIC boot2docker VM, and the CLI texts that changed.
import type { ProfileName } from '../world';

export interface SwarmProfile {
  ingressSubnet: string;
  ingressGateway: string;
  /** The first subnet a user overlay network gets. */
  firstOverlaySubnet: string;
  /** The `default` host is a docker-machine VM (eth0 NAT 10.0.2.15 + eth1 host-only). */
  defaultHostIsVm: boolean;
  /** Lines after ` Nodes: N` in docker info (v29: address pool, subnet size, data path port). */
  infoPoolLines: string[];
  scaleGlobal: string;
}

export const swarmProfiles: Record<ProfileName, SwarmProfile> = {
  current: {
    ingressSubnet: '10.0.0.0/24',
    ingressGateway: '10.0.0.1',
    firstOverlaySubnet: '10.0.1.0/24',
    defaultHostIsVm: false,
    infoPoolLines: ['Default Address Pool: 10.0.0.0/8  ', 'SubnetSize: 24', 'Data Path Port: 4789'],
    scaleGlobal: 'scale can only be used with replicated or replicated-job mode',
  },
  classic: {
    ingressSubnet: '10.255.0.0/16',
    ingressGateway: '10.255.0.1',
    firstOverlaySubnet: '10.0.0.0/24',
    defaultHostIsVm: true,
    infoPoolLines: [],
    scaleGlobal: 'scale can only be used with replicated mode',
  },
};
