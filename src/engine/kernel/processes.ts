// Processes of one host's kernel. Host pids only go up; inside a container's pid namespace the
// first process is 1 and later ones count up from the highest pid alive there.
import { emit, type Ctx } from '../ctx';
import type { Kernel, NamespaceKind, Process } from '../world';
import { getProcess, listProcesses, listProcessSnapshots, putProcess, removeProcess } from '../tables/processTable';

export interface SpawnOptions {
  argv: string[];
  ppid?: number;
  user?: string;
  containerId?: string;
  ns?: Partial<Record<NamespaceKind, string>>;
  cgroup?: string;
  rss?: number;
  /** `ns.pid` was created just now, so this process is its pid 1: no look at every process. */
  newPidNs?: boolean;
  /** Collect output on the process (exec'd processes) instead of the container's log. */
  captureOutput?: boolean;
}

export function spawnProcess(ctx: Ctx, hostName: string, opts: SpawnOptions): Process {
  const kernel = ctx.world.hosts[hostName].kernel;
  const pid = kernel.nextPid++;
  const ns = opts.ns ?? {};
  let nsPid = pid;
  if (ns.pid) {
    nsPid = 1;
    if (!opts.newPidNs) for (const p of listProcessSnapshots(kernel)) if (p.ns.pid === ns.pid) nsPid = Math.max(nsPid, p.nsPid + 1);
  }
  const proc: Process = {
    pid,
    ppid: opts.ppid ?? 1,
    nsPid,
    argv: [...opts.argv],
    user: opts.user || 'root',
    startedAt: ctx.world.now,
    ns: { ...ns },
    rss: opts.rss ?? 1_000_000,
  };
  if (opts.containerId) proc.containerId = opts.containerId;
  if (opts.cgroup) proc.cgroup = opts.cgroup;
  if (opts.captureOutput) proc.output = [];
  putProcess(kernel, proc);
  emit(ctx, { type: 'process.started', host: hostName, pid });
  return proc;
}

/**
 * The process ends. Processes whose output a client still has to read (exec'd ones) stay in
 * the table with their exit code until reaped; others disappear at once.
 */
export function exitProcess(ctx: Ctx, hostName: string, pid: number, exitCode: number): void {
  const kernel = ctx.world.hosts[hostName].kernel;
  const proc = getProcess(kernel, pid);
  if (!proc || proc.exitCode !== undefined) return;
  if (proc.output) proc.exitCode = exitCode;
  else removeProcess(kernel, pid);
  emit(ctx, { type: 'process.exited', host: hostName, pid, exitCode });
}

/** Drop an ended process from the table (the exec client read its exit code). */
export function reapProcess(ctx: Ctx, hostName: string, pid: number): void {
  const proc = getProcess(ctx.world.hosts[hostName].kernel, pid);
  if (proc && proc.exitCode !== undefined) removeProcess(ctx.world.hosts[hostName].kernel, pid);
}

export function isProcessAlive(ctx: Ctx, hostName: string, pid: number): boolean {
  const proc = getProcess(ctx.world.hosts[hostName].kernel, pid);
  return !!proc && proc.exitCode === undefined;
}

/** Live processes of a container, main process first. */
export function listContainerProcesses(kernel: Pick<Kernel, 'processes'>, containerId: string): Process[] {
  return listProcesses(kernel)
    .filter((p) => p.containerId === containerId && p.exitCode === undefined)
    .sort((a, b) => a.pid - b.pid);
}

export const SIGNAL_NUMBERS: Record<string, number> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGUSR2: 12,
  SIGTERM: 15,
  SIGCONT: 18,
  SIGSTOP: 19,
};
