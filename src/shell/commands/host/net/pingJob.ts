// `ping` on the docker host's shell as a foreground job: an echo request per interval on the
// virtual clock, the texts from engine/programs/pingFormat (the same as ping in a container).
// `-c N` ends by itself after its statistics; Ctrl-C prints them early.
import { emitEchoRequest } from '../../../../engine/programs/netProbe';
import { pingFinish, pingSend, type PingState } from '../../../../engine/programs/pingFormat';
import { nextInt } from '../../../../engine/prng';
import type { Job } from '../../../../engine/world';
import type { JobContext, JobHandler } from '../../../types';

export const HOST_PING_JOB = 'host-ping';

export interface HostPingData {
  st: PingState;
  intervalMs: number;
  /** Virtual time of the next echo request. */
  nextAt: number;
  /** Set when typed at a container's shell: the requests leave from that container. */
  containerId?: string;
}

/** Send one request from the host; true once -c N requests went out. */
export function hostPingSend(jx: Pick<JobContext, 'ctx' | 'host' | 'out'>, data: HostPingData): boolean {
  // Every echo request travels, answered or not: the view animates it up to where it is dropped.
  emitEchoRequest(jx.ctx, { host: jx.host, ...(data.containerId ? { containerId: data.containerId } : {}) }, data.st.ip);
  const line = pingSend(data.st, (n) => nextInt(jx.ctx.world, n));
  if (line) jx.out(line);
  data.nextAt += data.intervalMs;
  return data.st.count > 0 && data.st.tx >= data.st.count;
}

/** The statistics (after -c N or Ctrl-C); returns ping's exit code. */
export function hostPingFinish(jx: Pick<JobContext, 'ctx' | 'out'>, data: HostPingData): number {
  const end = pingFinish(data.st, data.intervalMs, (n) => nextInt(jx.ctx.world, n));
  jx.out(end.text);
  return end.code;
}

export const hostPingJob: JobHandler = {
  kind: HOST_PING_JOB,
  step(jx, job: Job) {
    const data = job.data as HostPingData;
    while (data.nextAt <= jx.ctx.world.now) {
      if (hostPingSend(jx, data)) return { done: true, exitCode: hostPingFinish(jx, data) };
    }
    return { done: false };
  },
  interrupt(jx, job: Job) {
    return hostPingFinish(jx, job.data as HostPingData);
  },
  endsAt(job) {
    const data = job.data as HostPingData;
    return data.st.count > 0 ? data.nextAt + (data.st.count - data.st.tx - 1) * data.intervalMs : undefined;
  },
};
