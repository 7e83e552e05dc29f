// `docker logs -f`: keeps printing new log lines until the container stops or Ctrl-C.
import type { Job } from '../../../engine/world';
import type { JobContext, JobHandler, JobStep } from '../../types';
import { formatLogEntries } from '../../commands/docker/logsFormat';
import { getContainerById } from '../../../engine/tables/containerTable';

export const LOGS_FOLLOW_JOB = 'docker-logs-follow';

export interface LogsFollowJobData {
  containerId: string;
  cursor: number;
  timestamps: boolean;
  tty: boolean;
}

function flush(jx: JobContext, data: LogsFollowJobData): boolean {
  const c = getContainerById(jx.ctx.world.hosts[jx.host].daemon, data.containerId);
  if (!c) return false;
  formatLogEntries(jx, c.logs.slice(data.cursor), { timestamps: data.timestamps, tty: data.tty });
  data.cursor = c.logs.length;
  return c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting';
}

export const logsFollowJob: JobHandler = {
  kind: LOGS_FOLLOW_JOB,
  step(jx: JobContext, job: Job): JobStep {
    return flush(jx, job.data as LogsFollowJobData) ? { done: false } : { done: true, exitCode: 0 };
  },
  interrupt(jx: JobContext, job: Job): number {
    flush(jx, job.data as LogsFollowJobData);
    return 130;
  },
};
