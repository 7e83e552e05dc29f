// `docker exec`: a new process in the running container's namespaces and cgroup. Its output is
// collected on the process (not the container's log) and its exit code stays there for the
// exec client to read (see endExecProcess in processExit.ts).
import type { Ctx } from '../ctx';
import { SimError } from '../errors';
import { spawnProcess } from '../kernel/processes';
import { getProfile } from '../profile';
import type { Process } from '../world';
import { findContainer } from './findContainer';
import { processEnv } from './processEnv';
import { getRuntime } from './processRuntime';
import { startProgram } from './programRunner';
import { resolveExecutable } from './resolveExecutable';
import { getProcess } from '../tables/processTable';

export interface ExecOptions {
  user?: string;
  env?: string[];
  workdir?: string;
  tty?: boolean;
  /** -i: stdin stays open, so a shell without a script keeps reading. */
  interactive?: boolean;
  detach?: boolean;
}

export const EXEC_PROCESS_RSS = 600_000;

export function execInContainer(ctx: Ctx, hostName: string, ref: string, argv: string[], opts: ExecOptions = {}): Process {
  const { world } = ctx;
  const msg = getProfile(world).daemon;
  const c = findContainer(world, hostName, ref);
  if (c.state.status === 'paused') throw new SimError(msg.execPaused(c.id), 'conflict');
  if (c.state.status !== 'running') throw new SimError(msg.notRunning(c.id), 'conflict');
  if (argv.length === 0) throw new SimError('No exec command specified', 'invalid');
  const env = processEnv(c, opts.env ?? [], opts.tty ?? false);
  const cwd = opts.workdir || c.config.workingDir || '/';
  const exe = resolveExecutable(world, hostName, c.id, argv[0], env.PATH ?? '', cwd);
  if (!exe.ok) throw new SimError(msg.execExecFailed(argv[0], exe.detail), 'system', exe.exitStatus);
  const main = getProcess(world.hosts[hostName].kernel, c.state.pid);
  const proc = spawnProcess(ctx, hostName, {
    argv,
    ppid: main ? main.pid : 1,
    user: opts.user || c.config.user || 'root',
    containerId: c.id,
    ns: c.ns,
    cgroup: main?.cgroup,
    rss: EXEC_PROCESS_RSS,
    captureOutput: true,
  });
  const runtime = getRuntime(proc);
  runtime.env = [...(opts.env ?? [])];
  if (opts.workdir) runtime.cwd = opts.workdir;
  runtime.interactive = !!(opts.interactive || opts.tty);
  c.execPids.push(proc.pid);
  startProgram(ctx, hostName, proc.pid);
  return getProcess(world.hosts[hostName].kernel, proc.pid) ?? proc;
}
