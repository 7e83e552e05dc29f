// What the kernel and network give back when a container's main process is gone: its other
// processes die with it (SIGKILL from the pid namespace's end), namespaces, cgroup, endpoints
// and published ports are released.
import type { Ctx } from '../ctx';
import { removeCgroup } from '../kernel/cgroups';
import { removeNamespaces } from '../kernel/namespaces';
import { exitProcess, listContainerProcesses } from '../kernel/processes';
import { releaseEndpoints } from '../network/endpoints';
import { publishPorts } from '../network/portAllocator';
import type { Container } from '../world';

export function teardownContainer(ctx: Ctx, hostName: string, c: Container, mainExitCode: number): void {
  const host = ctx.world.hosts[hostName];
  for (const p of listContainerProcesses(host.kernel, c.id)) {
    exitProcess(ctx, hostName, p.pid, p.pid === c.state.pid ? mainExitCode : 137);
  }
  c.execPids = [];
  removeNamespaces(host, c.ns);
  c.ns = {};
  removeCgroup(host, c.id);
  releaseEndpoints(ctx, hostName, c);
  publishPorts(host, c, {});
}
