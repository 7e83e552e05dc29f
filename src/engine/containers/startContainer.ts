// `docker start`: join the networks (address, MAC, endpoint), bind published ports, find the
// executable in the container's filesystem, then spawn the main process as PID 1 of fresh
// namespaces in its cgroup and hand it to its program. Failures leave the container `created`
// (or as it was) with everything released, as the daemon does.
import { emit, type Ctx } from '../ctx';
import { SimError } from '../errors';
import { createCgroup } from '../kernel/cgroups';
import { createNamespaces, CONTAINER_NS_KINDS } from '../kernel/namespaces';
import { spawnProcess } from '../kernel/processes';
import { connectEndpoints, releaseEndpoints } from '../network/endpoints';
import { getLinkEnv } from '../network/linkEnv';
import { allocatePorts, isPortConflict, publishPorts } from '../network/portAllocator';
import { getProfile } from '../profile';
import type { Container, World } from '../world';
import { containerIdByName } from './containerNames';
import { findContainer } from './findContainer';
import { processEnv } from './processEnv';
import { startProgram } from './programRunner';
import { resolveExecutable } from './resolveExecutable';
import { getContainerById } from '../tables/containerTable';

export interface StartOptions {
  /** Started by the restart policy (counts a restart) rather than by the user. */
  byPolicy?: boolean;
}

/** A fresh process's resident memory, for `docker stats`/`top`. */
export const MAIN_PROCESS_RSS = 1_400_000;

function checkLinks(world: World, hostName: string, c: Container): void {
  for (const link of c.hostConfig.links) {
    const [target, alias] = link.split(':');
    const daemon = world.hosts[hostName].daemon;
    const otherId = target.startsWith('/') ? containerIdByName(daemon, target.slice(1)) : undefined;
    const other = otherId === undefined ? undefined : getContainerById(daemon, otherId);
    if (!other || other.state.status !== 'running') {
      throw new SimError(`Cannot link to a non running container: ${target} AS ${alias}`, 'conflict');
    }
  }
}

export function startContainer(ctx: Ctx, hostName: string, ref: string, opts: StartOptions = {}): Container {
  const { world } = ctx;
  const profile = getProfile(world);
  const host = world.hosts[hostName];
  const c = findContainer(world, hostName, ref);
  if (c.state.status === 'paused') throw new SimError('cannot start a paused container, try unpause instead', 'conflict');
  if (c.state.status === 'running') return c;
  if (c.state.status === 'restarting' && !opts.byPolicy) return c;
  checkLinks(world, hostName, c);

  connectEndpoints(ctx, hostName, c);
  c.linkEnv = c.hostConfig.links.length ? getLinkEnv(host, c) : undefined;
  const mode = c.hostConfig.networkMode;
  if (mode !== 'host' && mode !== 'none') {
    const ports = allocatePorts(host, c, profile.ipv6PortBindings);
    if (isPortConflict(ports)) {
      const endpointId = Object.values(c.networks)[0]?.endpointId ?? '';
      releaseEndpoints(ctx, hostName, c);
      throw new SimError(profile.daemon.portConflict(c.name, endpointId, ports.hostIp, ports.hostPort), 'system');
    }
    publishPorts(host, c, ports);
  }

  const env = processEnv(c);
  const exe = resolveExecutable(world, hostName, c.id, c.path, env.PATH ?? '', c.config.workingDir || '/');
  if (!exe.ok) {
    releaseEndpoints(ctx, hostName, c);
    publishPorts(host, c, {});
    const message = profile.daemon.startExecFailed(c.path, exe.detail);
    c.state.exitCode = exe.exitStatus;
    c.state.error = message;
    if (c.state.status === 'restarting') Object.assign(c.state, { status: 'exited', pending: undefined, finishedAt: world.now });
    throw new SimError(message, 'system', exe.exitStatus);
  }

  const kinds = mode === 'host' ? CONTAINER_NS_KINDS.filter((k) => k !== 'net') : CONTAINER_NS_KINDS;
  c.ns = createNamespaces(host, c.id, kinds);
  const cg = createCgroup(host, c.id, c.hostConfig.memory, c.hostConfig.nanoCpus);
  const proc = spawnProcess(ctx, hostName, {
    argv: [c.path, ...c.args],
    user: c.config.user || 'root',
    containerId: c.id,
    ns: c.ns,
    newPidNs: true,
    cgroup: cg.path,
    rss: MAIN_PROCESS_RSS,
  });
  Object.assign(c.state, {
    status: 'running',
    pid: proc.pid,
    exitCode: 0,
    error: '',
    startedAt: world.now,
    oomKilled: false,
    stoppedByUser: false,
    pending: undefined,
  });
  c.restartCount = opts.byPolicy ? c.restartCount + 1 : 0;
  emit(ctx, { type: opts.byPolicy ? 'container.restarted' : 'container.started', host: hostName, containerId: c.id });
  startProgram(ctx, hostName, proc.pid);
  return c;
}
