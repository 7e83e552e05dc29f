// `docker stats` without --no-stream: the table is redrawn in place about once a second until Ctrl-C.
import type { Job } from '../../../engine/world';
import type { Profile } from '../../../engine/profile';
import { renderFormat } from '../../format/goTemplate';
import type { JobContext, JobHandler, JobStep } from '../../types';
import { defaultStatsFormat, statsHeaders, statsRow } from '../../commands/docker/statsFormat';
import { getContainerById } from '../../../engine/tables/containerTable';

export const STATS_JOB = 'docker-stats';

export interface StatsJobData {
  /** [container id, the name it was asked for]. */
  targets: [string, string][];
  format: string;
  trunc: boolean;
  lastDrawn: number;
}

const CLEAR_SCREEN = '\x1b[2J\x1b[H';

export function renderStats(jx: Pick<JobContext, 'ctx' | 'host'> & { profile: Profile }, data: StatsJobData, clear: boolean): string {
  const daemon = jx.ctx.world.hosts[jx.host].daemon;
  const rows = data.targets
    .filter(([id]) => getContainerById(daemon, id))
    .map(([id, typed]) => statsRow(jx.ctx.world, jx.host, getContainerById(daemon, id)!, typed, { trunc: data.trunc, profile: jx.profile }));
  const format = data.format === '' || data.format === 'table' ? defaultStatsFormat : data.format;
  return (clear ? CLEAR_SCREEN : '') + renderFormat(format, rows, statsHeaders, jx.profile.tableMinWidth, { dialect: jx.profile.name });
}

export const statsJob: JobHandler = {
  kind: STATS_JOB,
  step(jx: JobContext, job: Job): JobStep {
    const data = job.data as StatsJobData;
    if (jx.ctx.world.now - data.lastDrawn >= 1000) {
      data.lastDrawn = jx.ctx.world.now;
      jx.out(renderStats(jx, data, true));
    }
    return { done: false };
  },
  interrupt(): number {
    return 130;
  },
};
