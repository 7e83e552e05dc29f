// Invariants that must hold in every world, whatever the student typed. Used by the property
// test; each returns a list of violations (empty = fine) so that failures say what broke.
import type { World } from '../engine/world';
import { listContainerRecords } from '../engine/tables/containerTable';

export function checkInvariants(world: World): string[] {
  const problems: string[] = [];
  for (const host of Object.values(world.hosts)) {
    const d = host.daemon;
    const names = new Set<string>();
    const ipsByNetwork = new Map<string, Set<string>>();
    const hostPorts = new Set<string>();
    for (const c of listContainerRecords(d)) {
      if (names.has(c.name)) problems.push(`${host.name}: duplicate container name ${c.name}`);
      names.add(c.name);
      if (!d.images[c.imageId]) problems.push(`${host.name}: container ${c.name} uses missing image ${c.imageId}`);
      if (c.state.status !== 'running' && c.state.status !== 'paused' && c.state.status !== 'restarting') continue;
      for (const [netName, ep] of Object.entries(c.networks)) {
        if (!ep.ip) continue;
        const ips = ipsByNetwork.get(netName) ?? new Set<string>();
        if (ips.has(ep.ip)) problems.push(`${host.name}: IP ${ep.ip} used twice on ${netName}`);
        ips.add(ep.ip);
        ipsByNetwork.set(netName, ips);
      }
      for (const [port, bindings] of Object.entries(c.ports)) {
        const proto = port.split('/')[1] ?? 'tcp';
        for (const b of bindings) {
          if (!b.hostPort) continue;
          const key = `${b.hostIp || '0.0.0.0'}:${b.hostPort}/${proto}`;
          if (hostPorts.has(key)) problems.push(`${host.name}: host port ${key} bound twice`);
          hostPorts.add(key);
        }
      }
    }
  }
  return problems;
}
