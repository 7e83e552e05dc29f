// Networks and their IPAM configuration.

export interface IpamConfig {
  subnet: string; // '172.18.0.0/16'
  gateway: string; // '172.18.0.1'
  ipRange?: string;
}

export interface Network {
  id: string; // 64 hex
  name: string;
  driver: 'bridge' | 'host' | 'null' | 'overlay';
  scope: 'local' | 'swarm';
  created: number;
  internal: boolean;
  attachable: boolean;
  ingress: boolean;
  ipam: IpamConfig[];
  options: Record<string, string>;
  labels: Record<string, string>;
  /** The subnet was given with --subnet (what --ip needs). */
  userSubnet?: boolean;
  /** Linux bridge device name for bridge networks: docker0, br-<12hex>. */
  bridgeName?: string;
}
