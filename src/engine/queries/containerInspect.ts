// `docker inspect` of a container: the object the daemon returns, keys in its order, per era.
// Classic (API 1.37) NetworkSettings carries the legacy top-level fields mirroring the default
// bridge; current (API 1.52) keeps only SandboxID, SandboxKey, Ports and Networks.
import { shortId } from '../ids';
import type { Container, Endpoint, PortBinding, World } from '../world';
import { toRfc3339Nano } from '../time';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const portMap = (ports: Record<string, PortBinding[]>, nullEmpty: boolean): Json => {
  const out: Record<string, Json> = {};
  for (const [k, bs] of Object.entries(ports)) {
    out[k] = bs.length === 0 && nullEmpty ? null : bs.map((b) => ({ HostIp: b.hostIp, HostPort: b.hostPort }));
  }
  return out;
};

function endpointJson(world: World, c: Container, netName: string, ep: Endpoint, classic: boolean): Json {
  const live = ep.endpointId !== '';
  const userDefined = !['bridge', 'host', 'none'].includes(netName);
  const aliases = userDefined && live ? [...ep.aliases, shortId(c.id)] : ep.aliases.length ? ep.aliases : null;
  const base: Record<string, Json> = {
    IPAMConfig: ep.ipamConfig ? (ep.ipamConfig.ipv4Address ? { IPv4Address: ep.ipamConfig.ipv4Address } : {}) : null,
    Links: ep.links.length ? ep.links : null,
    Aliases: classic ? aliases : ep.aliases.length ? ep.aliases : null,
  };
  if (!classic) Object.assign(base, { MacAddress: ep.mac, DriverOpts: null, GwPriority: 0 });
  Object.assign(base, {
    NetworkID: live || c.state.startedAt ? ep.networkId : '',
    EndpointID: ep.endpointId,
    Gateway: ep.gateway,
    IPAddress: ep.ip,
    IPPrefixLen: ep.prefixLen,
    IPv6Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
  });
  if (classic) Object.assign(base, { MacAddress: ep.mac, DriverOpts: null });
  else base.DNSNames = userDefined && live ? [c.name, shortId(c.id)] : null;
  return base;
}

function networkSettings(world: World, c: Container, classic: boolean): Json {
  const running = c.state.pid !== 0;
  const sandboxId = running ? c.id.split('').reverse().join('') : '';
  const sandboxKey = running ? `/var/run/docker/netns/${sandboxId.slice(0, 12)}` : '';
  const networks: Record<string, Json> = {};
  for (const [name, ep] of Object.entries(c.networks)) networks[name] = endpointJson(world, c, name, ep, classic);
  const ports = portMap(c.ports, true);
  if (!classic) return { SandboxID: sandboxId, SandboxKey: sandboxKey, Ports: ports, Networks: networks };
  const bridge = c.networks.bridge;
  return {
    Bridge: '',
    SandboxID: sandboxId,
    HairpinMode: false,
    LinkLocalIPv6Address: '',
    LinkLocalIPv6PrefixLen: 0,
    Ports: ports,
    SandboxKey: sandboxKey,
    SecondaryIPAddresses: null,
    SecondaryIPv6Addresses: null,
    EndpointID: bridge?.endpointId ?? '',
    Gateway: bridge?.gateway ?? '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    IPAddress: bridge?.ip ?? '',
    IPPrefixLen: bridge?.prefixLen ?? 0,
    IPv6Gateway: '',
    MacAddress: bridge?.mac ?? '',
    Networks: networks,
  };
}

export function containerInspectJson(world: World, hostName: string, c: Container): Record<string, Json> {
  const classic = world.profile === 'classic';
  const s = c.state;
  const status = s.status;
  const exposed: Record<string, Json> = {};
  for (const p of c.config.exposedPorts) exposed[p] = {};
  const volumes: Record<string, Json> = {};
  const image = world.hosts[hostName].daemon.images[c.imageId];
  for (const v of image?.config.volumes ?? []) volumes[v] = {};
  const root = `/var/lib/docker/containers/${c.id}`;
  const layerDir = `/var/lib/docker/overlay2/${c.id.split('').reverse().join('')}`;
  return {
    Id: c.id,
    Created: toRfc3339Nano(c.created),
    Path: c.path,
    Args: [...c.args],
    State: {
      Status: status,
      Running: status === 'running' || status === 'paused' || status === 'restarting',
      Paused: status === 'paused',
      Restarting: status === 'restarting',
      OOMKilled: s.oomKilled,
      Dead: status === 'dead',
      Pid: s.pid,
      ExitCode: s.exitCode,
      Error: s.error,
      StartedAt: toRfc3339Nano(s.startedAt),
      FinishedAt: toRfc3339Nano(s.finishedAt),
    },
    Image: `sha256:${c.imageId}`,
    ResolvConfPath: `${root}/resolv.conf`,
    HostnamePath: `${root}/hostname`,
    HostsPath: `${root}/hosts`,
    LogPath: `${root}/${c.id}-json.log`,
    Name: `/${c.name}`,
    RestartCount: c.restartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: classic ? '' : 'docker-default',
    ExecIDs: c.execPids.length ? c.execPids.map(String) : null,
    HostConfig: {
      Binds: c.hostConfig.binds.length ? c.hostConfig.binds : null,
      ContainerIDFile: '',
      LogConfig: { Type: 'json-file', Config: {} },
      NetworkMode: c.hostConfig.networkMode,
      PortBindings: portMap(c.hostConfig.portBindings, false),
      RestartPolicy: { Name: c.hostConfig.restartPolicy.name, MaximumRetryCount: c.hostConfig.restartPolicy.maximumRetryCount },
      AutoRemove: c.hostConfig.autoRemove,
      VolumeDriver: '',
      VolumesFrom: null,
      Links: c.hostConfig.links.length ? c.hostConfig.links : null,
      PublishAllPorts: c.hostConfig.publishAllPorts,
      Memory: c.hostConfig.memory,
      NanoCpus: c.hostConfig.nanoCpus,
    },
    GraphDriver: {
      Data: { LowerDir: `${layerDir}-init/diff`, MergedDir: `${layerDir}/merged`, UpperDir: `${layerDir}/diff`, WorkDir: `${layerDir}/work` },
      Name: 'overlay2',
    },
    Mounts: c.mounts.map((m) => ({
      Type: m.type,
      ...(m.name ? { Name: m.name } : {}),
      Source: m.source,
      Destination: m.destination,
      ...(m.type === 'volume' ? { Driver: 'local' } : {}),
      Mode: m.type === 'volume' ? '' : m.rw ? '' : 'ro',
      RW: m.rw,
      Propagation: m.type === 'bind' ? 'rprivate' : '',
    })),
    Config: {
      Hostname: c.config.hostname,
      Domainname: c.config.domainname,
      User: c.config.user,
      AttachStdin: c.config.attachStdin,
      AttachStdout: true,
      AttachStderr: true,
      ...(c.config.exposedPorts.length ? { ExposedPorts: exposed } : {}),
      Tty: c.config.tty,
      OpenStdin: c.config.openStdin,
      StdinOnce: c.config.openStdin,
      Env: [...c.config.env],
      Cmd: c.config.cmd ? [...c.config.cmd] : null,
      Image: c.imageRef,
      Volumes: Object.keys(volumes).length ? volumes : null,
      WorkingDir: c.config.workingDir,
      Entrypoint: c.config.entrypoint ? [...c.config.entrypoint] : null,
      OnBuild: null,
      Labels: { ...c.config.labels },
    },
    NetworkSettings: networkSettings(world, c, classic),
  };
}
