// docker-machine create/start/stop as a foreground job: each progress line appears when the
// virtual clock passes it, and the machine's daemon comes up (or goes down) at the end.
import { finishMachineBoot } from '../../../engine/machines/machineOps';
import { MACHINE_CREATE_STEPS, MACHINE_START_STEPS, MACHINE_STOP_STEPS, type MachineStep } from '../../../engine/machines/createSteps';
import type { Job } from '../../../engine/world';
import type { JobContext, JobHandler, JobStep } from '../../types';

export const MACHINE_JOB = 'docker-machine';

export type MachineAction = 'create' | 'start' | 'stop';

export interface MachineJobData {
  action: MachineAction;
  name: string;
  /** Lines printed so far. */
  printed: number;
}

const STEPS: Record<MachineAction, MachineStep[]> = { create: MACHINE_CREATE_STEPS, start: MACHINE_START_STEPS, stop: MACHINE_STOP_STEPS };

function endOf(action: MachineAction): number {
  const steps = STEPS[action];
  return steps[steps.length - 1].at;
}

/** Print every line due by now; true once all are out. */
export function printDue(jx: Pick<JobContext, 'ctx' | 'out'>, startedAt: number, data: MachineJobData): boolean {
  const steps = STEPS[data.action];
  const elapsed = jx.ctx.world.now - startedAt;
  while (data.printed < steps.length && steps[data.printed].at <= elapsed) {
    jx.out(`${steps[data.printed].line(data.name)}\n`);
    data.printed++;
  }
  return data.printed >= steps.length;
}

function finish(jx: JobContext, data: MachineJobData): void {
  if (data.action !== 'stop') finishMachineBoot(jx.ctx, data.name);
}

export const machineJob: JobHandler = {
  kind: MACHINE_JOB,
  step(jx, job: Job): JobStep {
    const data = job.data as MachineJobData;
    if (!printDue(jx, job.startedAt, data)) return { done: false };
    finish(jx, data);
    return { done: true, exitCode: 0 };
  },
  interrupt: () => 130,
  endsAt: (job) => job.startedAt + endOf((job.data as MachineJobData).action),
};
