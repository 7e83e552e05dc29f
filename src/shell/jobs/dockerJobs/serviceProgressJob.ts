// The progress display of `docker service create|update|scale` without -d (cli/command/service/
// progress): one line per replica slot (or per node for global services) with the task's state,
// `overall progress: N out of M tasks`, then `verify: Waiting 5 seconds…` once all run, and
// `verify: Service converged` after 5 stable seconds. A live terminal sees each redraw (transient
// chunks); the final block is printed for real at the end. Ctrl-C leaves the service converging.
import { getClusterOf } from '../../../engine/swarm/cluster';
import { listTasks, shownTaskState as shownState, TASK_STATE_ORDER as STATES } from '../../../engine/queries/swarm';
import type { Job, Task, TaskState } from '../../../engine/world';
import { upToDate } from '../../../engine/swarm/updater';
import type { JobContext, JobHandler, JobStep } from '../../types';
import { registerJobHandler } from '../registry';
import { eraseBlock } from './pullProgressFrame';

export const SERVICE_PROGRESS_JOB = 'docker-service-progress';
const STABLE_MS = 5_000;
/** More replicas than this draw no per-task bars (progress.go maxProgressBars). */
const MAX_PROGRESS_BARS = 20;

export interface ServiceProgressData {
  serviceId: string;
  /** The name or id the student typed, for the Ctrl-C hint. */
  ref: string;
  /** All running since (virtual ms), while verifying. */
  stableSince?: number;
  drawn: number;
  /** While the service can converge, the next step's time (the headless runner waits for it); absent when stuck. */
  eta?: number;
}

function bar(state: TaskState): string {
  const n = STATES.indexOf(state) + 1;
  if (n <= 0) return '';
  const box = Math.floor((n / STATES.length) * 50);
  return `[${'='.repeat(box)}>${' '.repeat(Math.max(0, 50 - box))}]`;
}

function lines(jx: JobContext, data: ServiceProgressData, jobStart: number): { text: string[]; done: boolean; error?: string } | undefined {
  const cluster = getClusterOf(jx.ctx.world, jx.host);
  const service = cluster?.services[data.serviceId];
  if (!cluster || !service) return undefined;
  const now = jx.ctx.world.now;
  // only tasks of the current template count (the CLI lists them with `_up-to-date=true`)
  const live = listTasks(cluster, service.id).filter((t) => (t.desired === 'running' || t.desired === 'ready') && upToDate(service, t));
  const upd = service.update;
  const rollback = upd?.state === 'rollback_started' || upd?.state === 'rollback_completed' || upd?.state === 'rollback_paused';
  const showBar = jx.cols === undefined || jx.cols > 110;
  const overall = (n: number, of: number) => `overall progress: ${rollback ? 'rolling back update: ' : ''}${n} out of ${of} tasks`;
  const row = (label: string, t: Task | undefined) => {
    const state = t ? shownState(t, now) : 'new';
    return `${label}: ${state.padEnd(9)}${showBar ? ` ${bar(state)}` : ''}`;
  };
  const out: string[] = [];
  let running = 0;
  let total: number;
  if (service.spec.mode === 'global') {
    const nodes = Object.values(cluster.nodes).filter((n) => n.status === 'ready' && n.availability === 'active');
    total = nodes.length;
    const rows = nodes.map((n) => {
      const t = live.find((x) => x.nodeId === n.id);
      if (t?.state === 'running') running++;
      return row(n.id.slice(0, 12), t);
    });
    out.push(overall(running, total), ...rows);
  } else {
    total = service.spec.replicas;
    const rows: string[] = [];
    for (let slot = 1; slot <= total; slot++) {
      const t = live.find((x) => x.slot === slot);
      if (t?.state === 'running') running++;
      if (total <= MAX_PROGRESS_BARS) rows.push(row(`${slot}/${total}`, t));
    }
    out.push(overall(running, total), ...rows);
  }
  if (rollback && upd?.reason) out.unshift(`rollback: ${upd.reason}`);
  if (upd?.state === 'paused' || upd?.state === 'rollback_paused') {
    return { text: out, done: true, error: `service ${upd.state === 'paused' ? 'update' : 'rollback'} paused: ${upd.message}` };
  }
  const updating = upd?.state === 'updating' || upd?.state === 'rollback_started';
  // tasks that cannot be placed, or that keep ending, never converge: no next step to wait for
  const ended = listTasks(cluster, service.id).some((t) => (t.state === 'complete' || t.state === 'failed' || t.state === 'rejected') && t.stateAt >= jobStart);
  // …unless an update is under way: its failure action (pause, rollback) ends the wait
  const rolling = upd?.state === 'updating' || upd?.state === 'rollback_started';
  const stuck = (ended && !rolling) || live.some((t) => t.state === 'pending' || t.state === 'rejected');
  data.eta = stuck ? undefined : now + 1_000;
  if (running < total || updating) {
    data.stableSince = undefined;
    return { text: out, done: false };
  }
  data.stableSince ??= now;
  if (now - data.stableSince < STABLE_MS) {
    out.push(`verify: Waiting ${Math.max(1, Math.ceil((STABLE_MS - (now - data.stableSince)) / 1000))} seconds to verify that tasks are stable...`);
    return { text: out, done: false };
  }
  out.push('verify: Service converged');
  return { text: out, done: true };
}

export const serviceProgressJob: JobHandler = {
  kind: SERVICE_PROGRESS_JOB,
  step(jx: JobContext, job: Job): JobStep {
    const data = job.data as ServiceProgressData;
    const frame = lines(jx, data, job.startedAt);
    if (!frame) return { done: true, exitCode: 0 };
    const text = frame.text.map((l) => `${l}\n`).join('');
    if (frame.done) {
      if (data.drawn && jx.transient) jx.transient('stdout', eraseBlock(data.drawn));
      jx.out(text);
      if (frame.error) {
        jx.err(`${frame.error}\n`);
        return { done: true, exitCode: 1 };
      }
      return { done: true, exitCode: 0 };
    }
    if (jx.transient) {
      jx.transient('stdout', eraseBlock(data.drawn) + text);
      data.drawn = frame.text.length;
    }
    return { done: false };
  },
  endsAt(job: Job): number | undefined {
    return (job.data as ServiceProgressData).eta;
  },
  interrupt(jx: JobContext, job: Job): number {
    const data = job.data as ServiceProgressData;
    const frame = lines(jx, data, job.startedAt);
    if (data.drawn && jx.transient) jx.transient('stdout', eraseBlock(data.drawn));
    if (frame) jx.out(frame.text.map((l) => `${l}\n`).join(''));
    jx.out(`Operation continuing in background.\nUse \`docker service ps ${data.ref}\` to check progress.\n`);
    return 0;
  },
};

registerJobHandler(serviceProgressJob);

export function progressJob(now: number, serviceId: string, ref: string): Job {
  return { kind: SERVICE_PROGRESS_JOB, startedAt: now, data: { serviceId, ref, drawn: 0, eta: now + 1_000 } satisfies ServiceProgressData };
}
