import { findContainer } from '../../../engine/containers/findContainer';
import { listContainers } from '../../../engine/queries';
import { STATS_JOB, renderStats, type StatsJobData } from '../../jobs/dockerJobs/statsJob';
import type { DockerSubcommand } from './subcommand';
import { reportDaemonError } from './errors';

export const statsCommand: DockerSubcommand = {
  spec: {
    path: 'docker container stats',
    usage: '[OPTIONS] [CONTAINER...]',
    description: 'Display a live stream of container(s) resource usage statistics',
    aliases: ['docker stats'],
    flags: [
      { long: 'all', short: 'a', kind: 'bool', description: 'Show all containers (default shows just running)' },
      {
        long: 'format',
        kind: 'string',
        valueName: 'string',
        description:
          "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
      { long: 'no-stream', kind: 'bool', description: 'Disable streaming stats and only pull the first result' },
      { long: 'no-trunc', kind: 'bool', description: 'Do not truncate output' },
    ],
  },
  run(cx, args) {
    const f = args.flags;
    const { world } = cx.ctx;
    const targets: [string, string][] = [];
    if (args.positionals.length > 0) {
      const failures: unknown[] = [];
      for (const ref of args.positionals) {
        try {
          targets.push([findContainer(world, cx.host, ref).id, ref]);
        } catch (e) {
          failures.push(e);
        }
      }
      if (failures.length > 0) {
        for (const e of failures) reportDaemonError(cx, e);
        return 1;
      }
    } else {
      for (const c of listContainers(world, cx.host, { all: f.all === true })) targets.push([c.id, c.id]);
    }
    const data: StatsJobData = {
      targets,
      format: typeof f.format === 'string' ? f.format : '',
      trunc: f['no-trunc'] !== true,
      lastDrawn: world.now,
    };
    const stream = f['no-stream'] !== true;
    cx.out(renderStats(cx, data, stream));
    if (stream) cx.startJob({ kind: STATS_JOB, startedAt: world.now, data });
    return 0;
  },
};
