// `cmd &`: the item runs at once in a subshell without taking the terminal. An interactive shell
// prints `[1] 1234` and, in bash, reports `[1]+  Done                    sleep 5` before a later
// prompt. A job the item starts (sleep, ping …) does not block; its known end time is noted so
// that the report comes when the virtual clock passes it. A container's own script shows nothing.
import type { AndOr } from '../ast';
import { getJobHandler } from '../jobs/registry';
import { runAndOr, inSubshell } from '../interpreter';
import { setShellState, shellState, type BgJob } from './frameState';
import type { Io } from './redirects';
import { LoopLimit, ScriptBlocked, type Runtime } from './runtime';

/** bash pads the status word of a job report to this width. */
const STATUS_WIDTH = 24;

function newPid(rt: Runtime): number {
  const kernel = rt.ctx.world.hosts[rt.host]?.kernel;
  if (!kernel) return (shellState(rt.frame).lastBgPid ?? 100) + 1;
  return kernel.nextPid++;
}

export function runBackground(rt: Runtime, item: AndOr, io: Io): void {
  const st = shellState(rt.frame);
  const jobs = st.jobs ?? [];
  const n = jobs.reduce((m, j) => Math.max(m, j.n), 0) + 1;
  const pid = newPid(rt);
  if (rt.interactive) io.fds[2](`[${n}] ${pid}\n`);
  const quiet = (): void => {};
  const bgIo: Io = rt.jobsAllowed ? { stdin: '', fds: io.fds, tty: io.tty } : { stdin: '', fds: { 1: quiet, 2: quiet }, tty: { 1: false, 2: false } };
  const outerCapture = rt.bgJob;
  const capture: NonNullable<Runtime['bgJob']> = { job: null };
  rt.bgJob = capture;
  let code = 0;
  try {
    code = inSubshell(rt, () => runAndOr(rt, item, bgIo));
  } catch (e) {
    if (!(e instanceof LoopLimit || e instanceof ScriptBlocked)) throw e;
  } finally {
    rt.bgJob = outerCapture;
  }
  const patch: { lastBgPid: number; jobs?: BgJob[] } = { lastBgPid: pid };
  if (rt.interactive && rt.flavour === 'bash') {
    const job = capture.job;
    const handler = job ? getJobHandler(job.kind) : undefined;
    // An editor in the background touches the terminal at once and the kernel stops it (SIGTTOU).
    if (handler?.readsTerminal) patch.jobs = [...jobs, { n, pid, text: item.text ?? '', endsAt: rt.ctx.world.now, code: 0, wd: rt.frame.cwd, seen: false, stopped: true }];
    else {
      const endsAt = job ? (handler?.endsAt?.(job) ?? null) : rt.ctx.world.now;
      patch.jobs = [...jobs, { n, pid, text: item.text ?? '', endsAt, code, wd: rt.frame.cwd, seen: false }];
    }
  }
  setShellState(rt.frame, patch);
}

function politeDir(path: string, home: string | undefined): string {
  if (home && home !== '/' && (path === home || path.startsWith(home + '/'))) return '~' + path.slice(home.length);
  return path;
}

/**
 * Before the prompt: reports the jobs that ended (bash only tells about a job at a prompt after
 * the one it was started at) and forgets them.
 */
export function reportDoneJobs(rt: Runtime, io: Io): void {
  const jobs = shellState(rt.frame).jobs;
  if (!jobs || jobs.length === 0) return;
  const now = rt.ctx.world.now;
  const byNumber = [...jobs].sort((a, b) => b.n - a.n);
  const current = byNumber[0]?.n;
  const previous = byNumber[1]?.n;
  const left: BgJob[] = [];
  for (const j of jobs) {
    if (j.reported) {
      left.push(j);
      continue;
    }
    if (!j.seen || j.endsAt === null || j.endsAt > now) {
      left.push({ ...j, seen: true });
      continue;
    }
    const mark = j.n === current ? '+' : j.n === previous ? '-' : ' ';
    const status = j.stopped ? 'Stopped' : j.code === 0 ? 'Done' : `Exit ${j.code}`;
    const wd = j.wd !== rt.frame.cwd ? `  (wd: ${politeDir(j.wd, rt.frame.env.HOME)})` : '';
    io.fds[2](`[${j.n}]${mark}  ${status.padEnd(STATUS_WIDTH)}${j.text}${wd}\n`);
    if (j.stopped) left.push({ ...j, reported: true });
  }
  setShellState(rt.frame, { jobs: left.length > 0 ? left : undefined });
}
