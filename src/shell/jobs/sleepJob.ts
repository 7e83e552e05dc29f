// `sleep N`: a job that ends by itself once the clock reaches its end time.
import type { JobHandler } from '../types';

export interface SleepJobData {
  endsAt: number;
}

export const sleepJob: JobHandler = {
  kind: 'sleep',
  step(jx, job) {
    const { endsAt } = job.data as SleepJobData;
    return jx.ctx.world.now >= endsAt ? { done: true, exitCode: 0 } : { done: false };
  },
  interrupt: () => 130,
  endsAt: (job) => (job.data as SleepJobData).endsAt,
};
