// What the client does once a container it is attached to has started: print what the
// container already wrote, then either enter its interactive program (-it), keep streaming
// as a foreground job, or end with the container's exit code.
import { getProgram } from '../../../engine/programs/registry';
import type { Container, Process } from '../../../engine/world';
import { ATTACH_JOB, type AttachJobData } from '../../jobs/dockerJobs/attachJob';
import { flushFrom } from '../../jobs/dockerJobs/streamLogs';
import type { CommandContext } from '../../types';
import { containerFrame } from './containerFrame';
import { getProcess } from '../../../engine/tables/processTable';
import { getFrameEntry } from '../../frames/frameEntry';

/** What an entrypoint script exec'd (programs/delegate.ts keeps it in the process's state). */
function delegateOf(proc: Process | undefined): { program: string; argv: string[] } | undefined {
  return (proc?.programState as { s?: { delegate?: { program: string; argv: string[] } } } | undefined)?.s?.delegate;
}

export function isLive(c: Container): boolean {
  return c.state.status === 'running' || c.state.status === 'paused';
}

/** The frame program of a container's main process when a terminal can drive it (`-it`). */
export function interactiveProgram(cx: CommandContext, c: Container, pid: number): string | undefined {
  const proc = getProcess(cx.ctx.world.hosts[cx.host].kernel, pid);
  // An entrypoint script that exec'd the program (`docker run -it postgres psql`) stands for it.
  const name = delegateOf(proc)?.program ?? proc?.program ?? proc?.argv[0]?.split('/').pop();
  return name ? getProgram(name)?.interactive : undefined;
}

/**
 * `c` is held from before the start: with --rm the daemon may already have removed the record,
 * but the output and exit code the client saw are still on it.
 */
export function attachAfterStart(cx: CommandContext, c: Container, cursor: number, opts: { stdin: boolean }): number {
  const next = flushFrom(cx, c.logs, cursor, c.config.tty);
  if (!isLive(c)) return c.state.exitCode;
  const program = opts.stdin && c.config.tty && c.config.openStdin ? interactiveProgram(cx, c, c.state.pid) : undefined;
  if (program) {
    const frame = containerFrame(c, { program, pid: c.state.pid, isMain: true });
    // `docker run -it postgres psql -h …`: the program starts itself with the container's arguments.
    const enter = getFrameEntry(program);
    if (enter) return enter(cx, frame, (delegateOf(getProcess(cx.ctx.world.hosts[cx.host].kernel, c.state.pid))?.argv ?? [c.path, ...c.args]).slice(1));
    cx.pushFrame(frame);
    return 0;
  }
  // The client removes an --rm container itself once it has read the last output (as clients
  // before API 1.25 did): a daemon-side removal inside a clock step would drop that output.
  const data: AttachJobData = {
    containerId: c.id,
    cursor: next,
    startedAt: c.state.startedAt,
    tty: c.config.tty,
    removeOnExit: c.hostConfig.autoRemove,
  };
  c.hostConfig.autoRemove = false;
  cx.startJob({ kind: ATTACH_JOB, startedAt: cx.ctx.world.now, data });
  return 0;
}
