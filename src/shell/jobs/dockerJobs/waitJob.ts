// `docker wait a b`: prints each container's exit code, in argument order, once it has stopped.
import type { Job } from '../../../engine/world';
import type { JobContext, JobHandler, JobStep } from '../../types';
import { getContainerById } from '../../../engine/tables/containerTable';

export const WAIT_JOB = 'docker-wait';

export interface WaitJobData {
  containerIds: string[];
  /** Exit codes seen in stop events, for containers removed (--rm) before this step read them. */
  next: number;
}

export function printStopped(jx: Pick<JobContext, 'ctx' | 'host' | 'out'>, data: WaitJobData): boolean {
  const daemon = jx.ctx.world.hosts[jx.host].daemon;
  while (data.next < data.containerIds.length) {
    const id = data.containerIds[data.next];
    const c = getContainerById(daemon, id);
    let code: number | undefined;
    if (!c) {
      const ev = jx.ctx.events.find((e) => e.type === 'container.stopped' && e.containerId === id);
      code = ev && ev.type === 'container.stopped' ? ev.exitCode : 0;
    } else if (c.state.status !== 'running' && c.state.status !== 'paused' && c.state.status !== 'restarting') {
      code = c.state.exitCode;
    }
    if (code === undefined) return false;
    jx.out(`${code}\n`);
    data.next++;
  }
  return true;
}

export const waitJob: JobHandler = {
  kind: WAIT_JOB,
  step(jx: JobContext, job: Job): JobStep {
    return printStopped(jx, job.data as WaitJobData) ? { done: true, exitCode: 0 } : { done: false };
  },
  interrupt(): number {
    return 130;
  },
};
