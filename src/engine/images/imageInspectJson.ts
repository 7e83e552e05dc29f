// `docker image inspect` objects, keys in the order each era's API writes them. The classic API
// (1.37) carries the legacy builder's Container/ContainerConfig and VirtualSize and prints every
// Config key; the current one prints only the OCI config fields that are set.
import { fakeSha256 } from '../hub/fakeSha256';
import { getProfile } from '../profile';
import { GO_ZERO_TIME, toRfc3339Nano } from '../time';
import type { Image, ImageConfig, World } from '../world';
import { imageReferences } from './findImage';
import { chainIds, getLayerInfo } from './layerInfo';

/** Go's HealthConfig: every field omitempty, durations in ns. */
function healthcheck(h: NonNullable<ImageConfig['healthcheck']>): Record<string, unknown> {
  const out: Record<string, unknown> = { Test: h.test };
  if (h.interval) out.Interval = h.interval;
  if (h.timeout) out.Timeout = h.timeout;
  if (h.startPeriod) out.StartPeriod = h.startPeriod;
  if (h.retries) out.Retries = h.retries;
  return out;
}

const set = (keys: string[]): Record<string, object> | null => (keys.length ? Object.fromEntries(keys.map((k) => [k, {}])) : null);

function legacyConfig(c: ImageConfig, hostname: string, parentImage: string, cmd: string[] | null): Record<string, unknown> {
  return {
    Hostname: hostname,
    Domainname: '',
    User: c.user,
    AttachStdin: false,
    AttachStdout: false,
    AttachStderr: false,
    ...(c.exposedPorts.length ? { ExposedPorts: set(c.exposedPorts) } : {}),
    Tty: false,
    OpenStdin: false,
    StdinOnce: false,
    Env: c.env,
    Cmd: cmd,
    ...(c.healthcheck ? { Healthcheck: healthcheck(c.healthcheck) } : {}),
    Image: parentImage,
    Volumes: set(c.volumes),
    WorkingDir: c.workingDir,
    Entrypoint: c.entrypoint,
    OnBuild: null,
    Labels: Object.keys(c.labels).length ? c.labels : null,
    ...(c.stopSignal ? { StopSignal: c.stopSignal } : {}),
  };
}

function ociConfig(c: ImageConfig): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (c.user) out.User = c.user;
  if (c.exposedPorts.length) out.ExposedPorts = set(c.exposedPorts);
  if (c.env.length) out.Env = c.env;
  if (c.entrypoint) out.Entrypoint = c.entrypoint;
  if (c.cmd) out.Cmd = c.cmd;
  if (c.volumes.length) out.Volumes = set(c.volumes);
  if (c.workingDir) out.WorkingDir = c.workingDir;
  if (Object.keys(c.labels).length) out.Labels = c.labels;
  if (c.stopSignal) out.StopSignal = c.stopSignal;
  // Docker's extension of the OCI config comes after the OCI fields.
  if (c.healthcheck) out.Healthcheck = healthcheck(c.healthcheck);
  return out;
}

function graphDriver(world: World, image: Image): Record<string, unknown> {
  const dirs = chainIds(world, image.layers).map((c) => `/var/lib/docker/overlay2/${fakeSha256(`cache:${c}`)}`);
  const top = dirs[dirs.length - 1] ?? `/var/lib/docker/overlay2/${fakeSha256(`cache:${image.id}`)}`;
  const lower = dirs.slice(0, -1).reverse().map((d) => `${d}/diff`).join(':');
  return {
    Data: {
      ...(lower ? { LowerDir: lower } : {}),
      MergedDir: `${top}/merged`,
      UpperDir: `${top}/diff`,
      WorkDir: `${top}/work`,
    },
    Name: 'overlay2',
  };
}

export function imageInspectJson(world: World, host: string, image: Image): Record<string, unknown> {
  const legacy = getProfile(world).images.inspectLegacyFields;
  const refs = imageReferences(world, host, image.id);
  const last = image.history[image.history.length - 1];
  const common = {
    Id: `sha256:${image.id}`,
    RepoTags: refs.filter((r) => !r.includes('@')),
    RepoDigests: [...image.repoDigests],
    Parent: image.parent ? `sha256:${image.parent}` : '',
    Comment: last?.comment ?? '',
    Created: toRfc3339Nano(image.created),
  };
  const rootfs = { Type: 'layers', Layers: image.layers.map((d) => getLayerInfo(world, d).diffId) };
  const metadata = { LastTagTime: GO_ZERO_TIME };
  if (!legacy) {
    return {
      ...common,
      DockerVersion: '',
      Author: '',
      Config: ociConfig(image.config),
      Architecture: image.architecture,
      Os: image.os,
      Size: image.size,
      GraphDriver: graphDriver(world, image),
      RootFS: rootfs,
      Metadata: metadata,
    };
  }
  // The legacy builder committed the last step's container; its id and config are part of the image.
  const container = fakeSha256(`build-container:${image.id}`);
  const parentImage = image.parent ? `sha256:${image.parent}` : `sha256:${fakeSha256(`build-parent:${image.id}`)}`;
  const stepCmd = last ? ['/bin/sh', '-c', last.createdBy.replace(/^\/bin\/sh -c /, '')] : null;
  return {
    ...common,
    Container: container,
    ContainerConfig: legacyConfig(image.config, container.slice(0, 12), parentImage, stepCmd),
    DockerVersion: image.catalogRef ? '17.06.2-ce' : getProfile(world).version,
    Author: '',
    Config: legacyConfig(image.config, '', parentImage, image.config.cmd),
    Architecture: image.architecture,
    Os: image.os,
    Size: image.size,
    VirtualSize: image.size,
    GraphDriver: graphDriver(world, image),
    RootFS: rootfs,
    Metadata: metadata,
  };
}
