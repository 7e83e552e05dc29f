import { findContainer } from '../../../engine/containers/findContainer';
import { hostSnapshot } from '../../../engine/snapshot';
import { SimError } from '../../../engine/errors';
import { containerProcesses } from '../../../engine/queries';
import { renderFormat } from '../../format/goTemplate';
import type { DockerSubcommand } from './subcommand';
import { reportDaemonError } from './errors';

// The daemon runs `ps -ef` over the container's processes; the CLI lays the table out with
// tabwriter minwidth 20, padding 3 in both eras.
const TOP_FORMAT = 'table {{.UID}}\t{{.PID}}\t{{.PPID}}\t{{.C}}\t{{.STIME}}\t{{.TTY}}\t{{.TIME}}\t{{.CMD}}';
const TOP_HEADERS = { UID: 'UID', PID: 'PID', PPID: 'PPID', C: 'C', STIME: 'STIME', TTY: 'TTY', TIME: 'TIME', CMD: 'CMD' };

function stime(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16);
}

export const topCommand: DockerSubcommand = {
  spec: {
    path: 'docker container top',
    usage: 'CONTAINER [ps OPTIONS]',
    description: 'Display the running processes of a container',
    aliases: ['docker top'],
    stopAtFirstPositional: true,
    args: { min: 1 },
    flags: [],
  },
  run(cx, args) {
    // Read only: a snapshot spares immer copying the container table to hand out a draft.
    const world = hostSnapshot(cx.ctx.world, cx.host);
    try {
      const c = findContainer(world, cx.host, args.positionals[0]);
      if (c.state.status !== 'running' && c.state.status !== 'paused') throw new SimError(cx.profile.daemon.notRunning(c.id), 'conflict');
      const rows = containerProcesses(world, cx.host, c).map((p) => ({
        UID: p.user || 'root',
        PID: String(p.pid),
        PPID: String(p.ppid),
        C: '0',
        STIME: stime(p.startedAt),
        TTY: c.config.tty && p.pid === c.state.pid ? 'pts/0' : '?',
        TIME: '00:00:00',
        CMD: p.argv.join(' '),
      }));
      cx.out(renderFormat(TOP_FORMAT, rows, TOP_HEADERS, 20, { dialect: cx.profile.name }));
      return 0;
    } catch (e) {
      return reportDaemonError(cx, e);
    }
  },
};
