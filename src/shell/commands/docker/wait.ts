import { findContainer } from '../../../engine/containers/findContainer';
import { printStopped, WAIT_JOB, type WaitJobData } from '../../jobs/dockerJobs/waitJob';
import type { DockerSubcommand } from './subcommand';
import { reportDaemonError } from './errors';

export const waitCommand: DockerSubcommand = {
  spec: {
    path: 'docker container wait',
    usage: 'CONTAINER [CONTAINER...]',
    description: 'Block until one or more containers stop, then print their exit codes',
    aliases: ['docker wait'],
    args: { min: 1 },
    flags: [],
  },
  run(cx, args) {
    const ids: string[] = [];
    const failures: unknown[] = [];
    for (const ref of args.positionals) {
      try {
        ids.push(findContainer(cx.ctx.world, cx.host, ref).id);
      } catch (e) {
        failures.push(e);
      }
    }
    for (const e of failures) reportDaemonError(cx, e);
    const data: WaitJobData = { containerIds: ids, next: 0 };
    if (!printStopped(cx, data)) cx.startJob({ kind: WAIT_JOB, startedAt: cx.ctx.world.now, data });
    return failures.length > 0 ? 1 : 0;
  },
};
