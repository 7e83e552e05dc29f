// Network lookups by name, full id or unique id prefix (what --network and `network` commands accept).
import type { Network, World } from '../world';

export function getNetworkByName(world: World, hostName: string, name: string): Network | undefined {
  return Object.values(world.hosts[hostName].daemon.networks).find((n) => n.name === name);
}

export function findNetwork(world: World, hostName: string, ref: string): Network | undefined {
  const nets = Object.values(world.hosts[hostName].daemon.networks);
  const byName = nets.find((n) => n.name === ref);
  if (byName) return byName;
  const byId = nets.find((n) => n.id === ref);
  if (byId) return byId;
  const prefixed = ref ? nets.filter((n) => n.id.startsWith(ref)) : [];
  return prefixed.length === 1 ? prefixed[0] : undefined;
}
