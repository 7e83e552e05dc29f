// `docker exec c ping x`: a process that runs on after the command returned; its output is
// streamed from process.output, and the exec ends with the process's exit code. Ctrl-C reaches
// the process as SIGINT (ping prints its summary and exits).
import { signalProcess } from '../../../engine/containers/programRunner';
import { reapProcess } from '../../../engine/kernel/processes';
import type { Job, Process } from '../../../engine/world';
import type { JobContext, JobHandler, JobStep } from '../../types';
import { flushFrom } from './streamLogs';
import { getProcess } from '../../../engine/tables/processTable';

export const EXEC_JOB = 'docker-exec';

export interface ExecJobData {
  pid: number;
  cursor: number;
  tty: boolean;
}

function proc(jx: JobContext, data: ExecJobData): Process | undefined {
  return getProcess(jx.ctx.world.hosts[jx.host].kernel, data.pid);
}

function settle(jx: JobContext, data: ExecJobData, p: Process | undefined): JobStep {
  if (!p) return { done: true, exitCode: 0 };
  data.cursor = flushFrom(jx, p.output ?? [], data.cursor, data.tty);
  if (p.exitCode === undefined) return { done: false };
  reapProcess(jx.ctx, jx.host, data.pid);
  return { done: true, exitCode: p.exitCode };
}

export const execJob: JobHandler = {
  kind: EXEC_JOB,
  step(jx: JobContext, job: Job): JobStep {
    const data = job.data as ExecJobData;
    return settle(jx, data, proc(jx, data));
  },
  interrupt(jx: JobContext, job: Job): number {
    const data = job.data as ExecJobData;
    const p = proc(jx, data);
    if (!p) return 130;
    if (p.exitCode === undefined) signalProcess(jx.ctx, jx.host, data.pid, 'SIGINT');
    const end = settle(jx, data, p);
    return end.done ? (end.exitCode ?? 0) : 130;
  },
};
