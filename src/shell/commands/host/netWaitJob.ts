// A network client waiting for an answer that never comes (a dropped SYN, a filtered port):
// the terminal is busy until the timeout, then the client prints its error.
import type { JobHandler } from '../../types';

export const NET_WAIT_JOB = 'net-wait';

export interface NetWaitData {
  endsAt: number;
  stderr: string;
  exitCode: number;
}

export const netWaitJob: JobHandler = {
  kind: NET_WAIT_JOB,
  step(jx, job) {
    const data = job.data as NetWaitData;
    if (jx.ctx.world.now < data.endsAt) return { done: false };
    jx.err(data.stderr);
    return { done: true, exitCode: data.exitCode };
  },
  interrupt: () => 130,
  endsAt: (job) => (job.data as NetWaitData).endsAt,
};
