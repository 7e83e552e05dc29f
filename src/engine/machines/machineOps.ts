// docker-machine's operations. A machine is a whole docker host in the world: its own kernel,
// daemon, images and networks. Creating and starting take tens of seconds of virtual time; the
// CLI prints the progress lines as the clock passes them and calls the finishing step at the end.
import type { Ctx } from '../ctx';
import { SimError } from '../errors';
import { createHost } from '../host/createHost';
import { finishProcess } from '../containers/programRunner';
import { startContainer } from '../containers/startContainer';
import type { Host } from '../world';
import { getMachine, nextMachineIp } from './machines';
import { listContainerRecords } from '../tables/containerTable';

const HOSTNAME = /^[a-zA-Z0-9][a-zA-Z0-9.-]*$/;

export function mustGetMachine(ctx: Ctx, name: string): Host {
  const host = getMachine(ctx.world, name);
  if (!host) throw new SimError(`Host does not exist: "${name}"`, 'notFound');
  return host;
}

function terminalHosts(ctx: Ctx): Set<string> {
  return new Set(Object.values(ctx.world.terminals).map((t) => t.host));
}

/** The VM the student's own terminal runs on cannot go away under it. */
function refuseOwnHost(ctx: Ctx, name: string, verb: string): void {
  if (terminalHosts(ctx).has(name)) throw new SimError(`Cannot ${verb} "${name}": this terminal runs on it`, 'forbidden');
}

/** Creates the VM; its daemon comes up when `finishMachineBoot` runs at the end of provisioning. */
export function createMachine(ctx: Ctx, name: string): Host {
  if (!HOSTNAME.test(name)) throw new SimError('Error creating machine: Invalid hostname specified. Allowed hostname chars are: 0-9a-zA-Z . -', 'invalid');
  if (getMachine(ctx.world, name)) throw new SimError(`Host already exists: "${name}"`, 'conflict');
  const host = createHost(ctx, { name, ip: nextMachineIp(ctx.world) });
  host.daemon.running = false;
  return host;
}

/** Provisioning finished (or the VM booted again): the daemon answers on tcp://IP:2376. */
export function finishMachineBoot(ctx: Ctx, name: string): void {
  const host = getMachine(ctx.world, name);
  if (!host || host.daemon.running) return;
  host.daemon.running = true;
  // dockerd brings back what its restart policies ask for.
  for (const c of listContainerRecords(host.daemon)) {
    const policy = c.hostConfig.restartPolicy.name;
    if (c.state.status !== 'exited' || (policy !== 'always' && policy !== 'unless-stopped')) continue;
    try {
      startContainer(ctx, name, c.id, { byPolicy: true });
    } catch (e) {
      if (!(e instanceof SimError)) throw e;
    }
  }
}

/** ACPI shutdown: every running container ends with the VM (dockerd has no time to stop them). */
export function stopMachine(ctx: Ctx, name: string): Host {
  const host = mustGetMachine(ctx, name);
  refuseOwnHost(ctx, name, 'stop');
  if (!host.daemon.running) throw new SimError(`Machine "${name}" is already stopped.`, 'conflict');
  // The daemon is gone before its containers die: nothing reports their exits (a swarm manager
  // learns of them only when the node is declared Down).
  host.daemon.running = false;
  for (const c of listContainerRecords(host.daemon)) {
    if (c.state.status === 'paused') c.state.status = 'running';
    if (c.state.status === 'restarting') Object.assign(c.state, { status: 'exited', pending: undefined });
    if (c.state.status === 'running' && c.state.pid) finishProcess(ctx, name, c.state.pid, 137);
    if (c.state.status === 'restarting') Object.assign(c.state, { status: 'exited', pending: undefined });
  }
  return host;
}

/** Checks a start can begin; the daemon comes up with `finishMachineBoot`. */
export function beginStartMachine(ctx: Ctx, name: string): Host {
  const host = mustGetMachine(ctx, name);
  if (host.daemon.running) throw new SimError(`Machine "${name}" is already running.`, 'conflict');
  return host;
}

export function removeMachine(ctx: Ctx, name: string): void {
  mustGetMachine(ctx, name);
  refuseOwnHost(ctx, name, 'remove');
  delete ctx.world.hosts[name];
}
