// An attached client (`docker run` without -d, `docker start -a`, `docker attach`): streams the
// container's output as it is written and ends with the container's exit code when it exits.
// Ctrl-C is proxied to the container as SIGINT (sig-proxy, or the TTY's ^C); if the container
// survives it, the simulator detaches and returns 130, where real docker would keep waiting.
import { killContainer } from '../../../engine/containers/stopContainer';
import { removeContainer } from '../../../engine/containers/removeContainer';
import type { Container, Job } from '../../../engine/world';
import type { JobContext, JobHandler, JobStep } from '../../types';
import { flushFrom } from './streamLogs';
import { getContainerById } from '../../../engine/tables/containerTable';

export const ATTACH_JOB = 'docker-attach';

export interface AttachJobData {
  containerId: string;
  /** Log entries already printed. */
  cursor: number;
  /** The run started this process; a different startedAt means it exited and was restarted. */
  startedAt: number;
  tty: boolean;
  /** `--rm` that the client carries out itself once the container exits (see run.ts). */
  removeOnExit: boolean;
}

function isLive(c: Container, data: AttachJobData): boolean {
  const s = c.state.status;
  return (s === 'running' || s === 'paused') && c.state.startedAt === data.startedAt;
}

function stoppedExitCode(jx: JobContext, data: AttachJobData, c: Container | undefined): number {
  for (const e of jx.ctx.events) {
    if (e.type === 'container.stopped' && e.containerId === data.containerId) return e.exitCode;
  }
  return c?.state.exitCode ?? 0;
}

/** Reads a container's remaining output and ends the attachment if it exited. */
export function finishIfExited(jx: JobContext, data: AttachJobData): JobStep {
  const c = getContainerById(jx.ctx.world.hosts[jx.host].daemon, data.containerId);
  if (c) data.cursor = flushFrom(jx, c.logs, data.cursor, data.tty);
  if (c && isLive(c, data)) return { done: false };
  const exitCode = stoppedExitCode(jx, data, c);
  if (c && data.removeOnExit) removeContainer(jx.ctx, jx.host, c.id, { force: true, volumes: true });
  return { done: true, exitCode };
}

export const attachJob: JobHandler = {
  kind: ATTACH_JOB,
  step(jx: JobContext, job: Job): JobStep {
    return finishIfExited(jx, job.data as AttachJobData);
  },
  interrupt(jx: JobContext, job: Job): number {
    const data = job.data as AttachJobData;
    const c = getContainerById(jx.ctx.world.hosts[jx.host].daemon, data.containerId);
    if (!c || !isLive(c, data)) return finishIfExited(jx, data).exitCode ?? 0;
    try {
      killContainer(jx.ctx, jx.host, c.id, 'SIGINT');
    } catch {
      // A paused container cannot take the signal; the client detaches all the same.
    }
    // Hold the record: the container may have exited and been removed by the signal.
    data.cursor = flushFrom(jx, c.logs, data.cursor, data.tty);
    if (isLive(c, data)) {
      if (data.removeOnExit) c.hostConfig.autoRemove = true;
      return 130;
    }
    const exitCode = c.state.exitCode;
    if (data.removeOnExit && getContainerById(jx.ctx.world.hosts[jx.host].daemon, c.id)) {
      removeContainer(jx.ctx, jx.host, c.id, { force: true, volumes: true });
    }
    return exitCode;
  },
};
