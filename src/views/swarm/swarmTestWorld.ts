// Worlds for the swarm view's tests, made by typing commands through the store as the terminal
// does. The store runs the shell synchronously only once it has it (the browser loads it after
// the first prompt), so the shell is provided up front here.
import '../../store/eagerShell';
import type { SimEvent, World } from '../../engine';
import { typeLines } from '../network/networkTestWorld';

export interface SwarmTyped {
  world: World;
  last: SimEvent[];
}

/** Three VMs: default (the manager), node2 and node3 joined as workers. */
export const THREE_NODES = [
  'docker-machine create -d virtualbox node2',
  'docker-machine create -d virtualbox node3',
  'docker swarm init --advertise-addr 192.168.99.100',
  'TOKEN=$(docker swarm join-token worker -q)',
  'docker-machine ssh node2 docker swarm join --token $TOKEN 192.168.99.100:2377',
  'docker-machine ssh node3 docker swarm join --token $TOKEN 192.168.99.100:2377',
];

export function typeSwarm(lines: string[], profile: 'classic' | 'current' = 'current'): SwarmTyped {
  return typeLines(lines, profile);
}
