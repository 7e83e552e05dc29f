// What the inspect drawer prints for a clicked element. Containers, images, networks and volumes
// print exactly what `docker inspect` prints (the same engine JSON and the CLI's Go-style
// MarshalIndent); layers, processes and hosts have no `docker inspect`, so the drawer shows the
// simulation's own record of them and says so (`exact: false`).
import type { World } from '../../engine';
import { getLayerInfo, imageInspectJson } from '../../engine/images';
import { findNetwork } from '../../engine/network/getNetwork';
import { getProfile } from '../../engine/profile';
import { containerInspectJson, getContainer } from '../../engine/queries';
import { countContainers } from '../../engine/tables/containerTable';
import { getProcess } from '../../engine/tables/processTable';
import { marshalIndent } from '../../shell/format/goJson';
import { networkJson, volumeJson } from '../../shell/commands/docker/objectJson';
import { swarmRecord } from '../../views/swarm/swarmInspect';
import type { InspectTarget } from '../../views/viewTypes';

export interface InspectText {
  /** The command whose output this is (`docker inspect web`), or the object's name. */
  title: string;
  text: string;
  /** True when `text` is byte for byte what the command prints. */
  exact: boolean;
}

const docker = (name: string, value: unknown): InspectText => ({ title: `docker inspect ${name}`, text: `${marshalIndent([value])}\n`, exact: true });
const record = (title: string, value: unknown): InspectText => ({ title, text: `${marshalIndent(value)}\n`, exact: false });

export function inspectText(world: World, target: InspectTarget): InspectText | null {
  const host = world.hosts[target.host];
  if (!host) return null;
  switch (target.type) {
    case 'container': {
      const c = getContainer(world, target.host, target.id);
      return c ? docker(c.name, containerInspectJson(world, target.host, c)) : null;
    }
    case 'image': {
      const image = host.daemon.images[target.id];
      return image ? docker(target.id.slice(0, 12), imageInspectJson(world, target.host, image)) : null;
    }
    case 'network': {
      const net = findNetwork(world, target.host, target.id);
      return net ? docker(net.name, networkJson(world, target.host, net, getProfile(world))) : null;
    }
    case 'volume': {
      const vol = host.daemon.volumes[target.id];
      return vol ? docker(vol.name, volumeJson(vol)) : null;
    }
    case 'layer': {
      const info = getLayerInfo(world, target.id);
      const usedBy = Object.values(host.daemon.images)
        .filter((i) => i.layers.includes(target.id))
        .map((i) => i.id.slice(0, 12));
      const createdBy = world.layerStore[target.id]?.createdBy;
      return record(`layer ${target.id.slice(7, 19)}`, {
        Digest: info.digest,
        DiffID: info.diffId,
        Size: info.size,
        CompressedSize: info.compressed,
        ...(createdBy ? { CreatedBy: createdBy } : {}),
        UsedByImages: usedBy,
      });
    }
    case 'process': {
      const p = getProcess(host.kernel, Number(target.id));
      if (!p) return null;
      return record(`PID ${p.pid}`, {
        Pid: p.pid,
        PPid: p.ppid,
        NsPid: p.nsPid,
        Command: p.argv.join(' '),
        User: p.user,
        ContainerID: p.containerId ?? '',
        Namespaces: { ...p.ns },
        Cgroup: p.cgroup ?? '/',
      });
    }
    case 'service':
    case 'node':
    case 'task': {
      const r = swarmRecord(world, target);
      return r ? record(r.title, r.value) : null;
    }
    case 'host':
      return record(host.name, {
        Name: host.name,
        DriverName: 'virtualbox',
        IPAddress: host.ip,
        KernelRelease: host.kernel.release,
        DockerRunning: host.daemon.running,
        Containers: countContainers(host.daemon),
        Images: Object.keys(host.daemon.images).length,
      });
  }
}
