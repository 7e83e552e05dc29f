// Swarm object names for Tab completion: services by name and nodes by hostname, as a manager
// sees them; nothing on a host outside a swarm or on a worker (the daemon would refuse).
import { getClusterOf, getSelfNode, listNodes, listServices } from '../../engine/queries/swarm';
import type { World } from '../../engine/world';

function managerCluster(world: World, host: string) {
  const self = getSelfNode(world, host);
  return self?.role === 'manager' ? getClusterOf(world, host) : undefined;
}

export function serviceNames(world: World, host: string): string[] {
  const cluster = managerCluster(world, host);
  return cluster ? listServices(cluster).map((s) => s.spec.name) : [];
}

export function nodeNames(world: World, host: string): string[] {
  const cluster = managerCluster(world, host);
  return cluster ? listNodes(cluster).map((n) => n.host) : [];
}
