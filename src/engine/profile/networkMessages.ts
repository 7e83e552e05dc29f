// Network texts per era: the daemon's errors (moby v18.03 libnetwork vs current) and the CLI's
// prune prompt. Messages are without "Error response from daemon: ".
import type { ProfileName } from '../world';

export interface NetworkMessages {
  duplicateName(name: string): string;
  notSwarmManager: string;
  predefined(name: string): string;
  /** rm of a network with running containers (by name). */
  activeEndpoints(name: string, id: string, active: { name: string; id: string }[]): string;
  alreadyConnected(container: string, network: string): string;
  notConnected(containerId: string, network: string): string;
  /** IPAM exhaustion; `startPrefix` is prepended when it happens at `docker start`/`run`. */
  noAddresses(network: string, id: string): string;
  startPrefix: string;
  ipOnlyUserDefined: string;
  ipOnlyUserSubnet: string;
  ipNotInSubnet(ip: string): string;
  addressInUse: string;
  hostNetworkConnect: string;
  noneNetworkConnect: string;
  pruneWarning: string;
  /** `--subnet` that is no CIDR block (moby 18.03's getIpamConfig vs today's ValidateIPAM). */
  invalidSubnet(subnet: string): string;
  /** `--subnet` with host bits set: today's daemon refuses it, 18.03's masked it silently. */
  subnetHostBits?: (subnet: string, masked: string) => string;
}

const shared = {
  duplicateName: (name: string) => `network with name ${name} already exists`,
  notSwarmManager: 'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.',
  predefined: (name: string) => `${name} is a pre-defined network and cannot be removed`,
  alreadyConnected: (c: string, n: string) => `endpoint with name ${c} already exists in network ${n}`,
  notConnected: (id: string, n: string) => `container ${id} is not connected to network ${n}`,
  noAddresses: (n: string, id: string) => `no available IPv4 addresses on this network's address pools: ${n} (${id})`,
  ipOnlyUserDefined: 'user specified IP address is supported on user defined networks only',
  ipOnlyUserSubnet: 'user specified IP address is supported only when connecting to networks with user configured subnets',
  addressInUse: 'Address already in use',
  hostNetworkConnect: 'container cannot be disconnected from host network or connected to host network',
  noneNetworkConnect: 'container cannot be connected to multiple networks with one of the networks in private (none) mode',
  pruneWarning: 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue?',
};

export const networkMessages: Record<ProfileName, NetworkMessages> = {
  current: {
    ...shared,
    activeEndpoints: (name, _id, active) =>
      `error while removing network: network ${name} has active endpoints (${active.map((c) => `name:"${c.name}" id:"${c.id.slice(0, 12)}"`).join(', ')})`,
    startPrefix: 'failed to set up container networking: ',
    ipNotInSubnet: (ip) => `invalid address ${ip}: It does not belong to any of this network's subnets`,
    invalidSubnet: (s) => `invalid subnet ${s}: invalid CIDR block notation`,
    subnetHostBits: (s, masked) => `invalid subnet ${s}: it should be ${masked}`,
  },
  classic: {
    ...shared,
    activeEndpoints: (name, id) => `network ${name} id ${id} has active endpoints`,
    startPrefix: '',
    ipNotInSubnet: (ip) => `Invalid address ${ip}: It does not belong to any of this network's subnets`,
    invalidSubnet: (s) => `Invalid subnet ${s} : invalid CIDR address: ${s}`,
  },
};
