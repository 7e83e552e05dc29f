// Drive `docker …` through the dispatcher in tests: one world, many command lines.
import { createWorld } from '../../../engine/createWorld';
import type { ProfileName, World } from '../../../engine/world';
import { dockerCommand } from './index';
import { tick } from '../../../engine/tick';
import { PULL_JOB, pullJob } from '../../jobs/dockerJobs/pullJob';
import { makeTestContext, type TestContext } from './testHelpers';

export interface DockerRun {
  code: number;
  out: string;
  err: string;
}

export interface DockerSession {
  world: World;
  docker(line: string, stdin?: string): DockerRun;
}

/** Words split on blanks; single quotes group (enough for test command lines). */
function words(line: string): string[] {
  return (line.match(/'[^']*'|\S+/g) ?? []).map((w) => (w.startsWith("'") ? w.slice(1, -1) : w));
}

/**
 * A pull on the TTY becomes a job that plays its progress out: wait for its end as a student
 * does, then let it print its final lines and do the rest of the command (run, create).
 */
function finishPull(t: TestContext): number | undefined {
  const job = t.jobs.find((j) => j.kind === PULL_JOB);
  if (!job) return undefined;
  t.jobs.splice(t.jobs.indexOf(job), 1);
  tick(t.ctx, (pullJob.endsAt?.(job) ?? t.ctx.world.now) - t.ctx.world.now);
  const { terminal } = t.cx;
  const before = terminal.job;
  terminal.job = job;
  const step = pullJob.step({ ctx: t.ctx, terminal, host: t.cx.host, profile: t.cx.profile, out: t.cx.out, err: t.cx.err }, job);
  if (!step.done && terminal.job && terminal.job !== job) t.jobs.push(terminal.job);
  terminal.job = before;
  return step.done ? (step.exitCode ?? 0) : 0;
}

export function dockerSession(profile: ProfileName, world: World = createWorld({ profile })): DockerSession {
  return {
    world,
    docker(line, stdin = '') {
      const t = makeTestContext(world, { stdin });
      const started = dockerCommand.run(t.cx, words(line));
      const code = finishPull(t) ?? started;
      return { code, out: t.stdout(), err: t.stderr() };
    },
  };
}
