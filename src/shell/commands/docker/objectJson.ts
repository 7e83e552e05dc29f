// Inspect objects for volumes and networks, with the daemon API's key order (the CLI prints
// them as they come). Built from world data; containers and images get theirs from the engine.
import { toRfc3339Nano } from '../../../engine/time';
import type { Network, Volume, World } from '../../../engine/world';
import type { Profile } from '../../../engine/profile';
import { listContainerRecords } from '../../../engine/tables/containerTable';

/** RFC3339 at whole seconds, as the local volume driver stamps CreatedAt. */
function rfc3339Seconds(ms: number): string {
  return toRfc3339Nano(Math.floor(ms / 1000) * 1000);
}

export function volumeJson(vol: Volume): Record<string, unknown> {
  return {
    CreatedAt: rfc3339Seconds(vol.created),
    Driver: vol.driver,
    Labels: vol.anonymous && Object.keys(vol.labels).length === 0 ? null : { ...vol.labels },
    Mountpoint: vol.mountpoint,
    Name: vol.name,
    Options: vol.anonymous ? null : {},
    Scope: 'local',
  };
}

function networkContainers(world: World, host: string, net: Network): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const containers = listContainerRecords(world.hosts[host].daemon).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const c of containers) {
    if (c.state.status !== 'running' && c.state.status !== 'paused' && c.state.status !== 'restarting') continue;
    const ep = Object.values(c.networks).find((e) => e.networkId === net.id);
    if (!ep) continue;
    out[c.id] = {
      Name: c.name,
      EndpointID: ep.endpointId,
      MacAddress: ep.mac,
      IPv4Address: ep.ip ? `${ep.ip}/${ep.prefixLen}` : '',
      IPv6Address: '',
    };
  }
  return out;
}

export function networkJson(world: World, host: string, net: Network, profile: Profile): Record<string, unknown> {
  const isDefault = net.name === 'bridge' || net.name === 'host' || net.name === 'none';
  const json: Record<string, unknown> = {
    Name: net.name,
    Id: net.id,
    Created: toRfc3339Nano(net.created),
    Scope: net.scope,
    Driver: net.driver,
  };
  if (profile.name === 'current') json.EnableIPv4 = true;
  Object.assign(json, {
    EnableIPv6: false,
    IPAM: {
      Driver: 'default',
      Options: isDefault ? null : {},
      Config: net.ipam.map((c) => ({ Subnet: c.subnet, ...(c.ipRange ? { IPRange: c.ipRange } : {}), Gateway: c.gateway })),
    },
    Internal: net.internal,
    Attachable: net.attachable,
    Ingress: net.ingress,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: networkContainers(world, host, net),
    Options: { ...net.options },
    Labels: { ...net.labels },
  });
  return json;
}
