import { findContainer } from '../../../engine/containers/findContainer';
import { hostSnapshot } from '../../../engine/snapshot';
import type { LogEntry } from '../../../engine/world';
import { LOGS_FOLLOW_JOB, type LogsFollowJobData } from '../../jobs/dockerJobs/logsFollowJob';
import type { DockerSubcommand } from './subcommand';
import { reportNotFound } from './errors';
import { formatLogEntries } from './logsFormat';
import { logsTimestamp } from './logsTime';

/** `--tail N|all`; docker treats anything that is not a non-negative number as all. */
function tailOf(entries: LogEntry[], tail: string): LogEntry[] {
  if (tail === 'all' || !/^\d+$/.test(tail)) return entries;
  const n = Number(tail);
  return n === 0 ? [] : entries.slice(-n);
}

export const logsCommand: DockerSubcommand = {
  spec: {
    path: 'docker container logs',
    usage: '[OPTIONS] CONTAINER',
    description: 'Fetch the logs of a container',
    aliases: ['docker logs'],
    args: { exact: 1 },
    flags: [
      { long: 'details', kind: 'bool', description: 'Show extra details provided to logs' },
      { long: 'follow', short: 'f', kind: 'bool', description: 'Follow log output' },
      {
        long: 'since',
        kind: 'string',
        valueName: 'string',
        description: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
      },
      { long: 'tail', short: 'n', kind: 'string', valueName: 'string', description: 'Number of lines to show from the end of the logs', defaultText: '"all"' },
      { long: 'timestamps', short: 't', kind: 'bool', description: 'Show timestamps' },
      {
        long: 'until',
        kind: 'string',
        valueName: 'string',
        description: 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
      },
    ],
  },
  run(cx, args) {
    let c;
    try {
      // Read only: a snapshot spares immer copying the container table to hand out a draft.
      c = findContainer(hostSnapshot(cx.ctx.world, cx.host), cx.host, args.positionals[0]);
    } catch (e) {
      return reportNotFound(cx, 'container', args.positionals[0], e);
    }
    const timestamps = args.flags.timestamps === true;
    const tail = typeof args.flags.tail === 'string' ? args.flags.tail : 'all';
    const bounds: Record<'since' | 'until', number | undefined> = { since: undefined, until: undefined };
    for (const key of ['since', 'until'] as const) {
      const value = args.flags[key];
      if (typeof value !== 'string' || value === '') continue;
      const t = logsTimestamp(value, cx.ctx.world.now);
      if (typeof t !== 'number') {
        // Today's client names the option; 18.03's returned the parser's error bare.
        cx.err(`${cx.profile.name === 'current' ? `invalid value for "${key}": ` : ''}${t.error}\n`);
        return 1;
      }
      bounds[key] = t;
    }
    const entries = c.logs.filter((e) => (bounds.since === undefined || e.t >= bounds.since) && (bounds.until === undefined || e.t <= bounds.until));
    formatLogEntries(cx, tailOf(entries, tail), { timestamps, tty: c.config.tty });
    const live = c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting';
    if (args.flags.follow === true && live) {
      const data: LogsFollowJobData = { containerId: c.id, cursor: c.logs.length, timestamps, tty: c.config.tty };
      cx.startJob({ kind: LOGS_FOLLOW_JOB, startedAt: cx.ctx.world.now, data });
    }
    return 0;
  },
};
