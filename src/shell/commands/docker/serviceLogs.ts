// `docker service logs [--no-task-ids] [--no-trunc] [--tail N] SERVICE|TASK`: the logs of the
// service's task containers, merged in time order, each line prefixed as cli/command/service/
// logs.go formats it: `web.1.sd3ut2qpsvtv@myvm1    | line`, the slot padded to the widest
// replica number; stderr lines go to stderr. (-f is accepted but does not follow yet.)
import { requireManager } from '../../../engine/swarm/cluster';
import { findService } from '../../../engine/swarm/services';
import { taskContainer } from '../../../engine/swarm/taskContainers';
import { getTask, listTaskSnapshots } from '../../../engine/swarm/taskTable';
import type { Cluster, LogEntry, Service, Task } from '../../../engine/world';
import { reportDaemonError } from './errors';
import type { DockerSubcommand } from './subcommand';

function findTask(cluster: Cluster, ref: string): Task | undefined {
  return getTask(cluster, ref) ?? listTaskSnapshots(cluster, (t) => t.id.startsWith(ref)).at(0);
}

export const serviceLogsCommand: DockerSubcommand = {
  spec: {
    path: 'docker service logs',
    usage: '[OPTIONS] SERVICE|TASK',
    description: 'Fetch the logs of a service or task',
    args: { exact: 1 },
    flags: [
      { long: 'details', kind: 'bool', description: 'Show extra details provided to logs' },
      { long: 'follow', short: 'f', kind: 'bool', description: 'Follow log output' },
      { long: 'no-resolve', kind: 'bool', description: 'Do not map IDs to Names in output' },
      { long: 'no-task-ids', kind: 'bool', description: 'Do not include task IDs in output' },
      { long: 'no-trunc', kind: 'bool', description: 'Do not truncate output' },
      { long: 'raw', kind: 'bool', description: 'Do not neatly format logs' },
      { long: 'since', kind: 'string', description: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
      { long: 'tail', short: 'n', kind: 'string', description: 'Number of lines to show from the end of the logs', defaultText: '"all"' },
      { long: 'timestamps', short: 't', kind: 'bool', description: 'Show timestamps' },
    ],
  },
  run(cx, args) {
    const ref = args.positionals[0];
    let cluster: Cluster;
    try {
      cluster = requireManager(cx.ctx.world, cx.host).cluster;
    } catch (e) {
      return reportDaemonError(cx, e);
    }
    const service: Service | undefined = findService(cluster, ref);
    const task = service ? undefined : findTask(cluster, ref);
    const owner = service ?? (task ? cluster.services[task.serviceId] : undefined);
    if (!owner) {
      cx.err(`no such task or service: ${ref}\n`);
      return 1;
    }
    const tasks = task ? [task] : listTaskSnapshots(cluster, (t) => t.serviceId === owner.id);
    // the slot column's width: the replica count's digits (a task alone: its own slot's)
    const width = String(task ? task.slot : owner.spec.mode === 'replicated' ? owner.spec.replicas : 1).length;
    const lines: { entry: LogEntry; prefix: string; order: number }[] = [];
    tasks.forEach((t, i) => {
      const c = taskContainer(cx.ctx, cluster, t);
      if (!c) return;
      const id = args.flags['no-trunc'] === true ? t.id : t.id.slice(0, 12);
      const name = `${owner.spec.name}.${t.slot}${args.flags['no-task-ids'] === true ? '' : `.${id}`}`;
      const prefix = `${name}@${cluster.nodes[t.nodeId]?.host ?? t.nodeId}${' '.repeat(Math.max(0, width - String(t.slot).length))}    | `;
      for (const entry of c.logs) lines.push({ entry, prefix, order: i });
    });
    lines.sort((a, b) => a.entry.t - b.entry.t || a.order - b.order);
    const tail = args.flags.tail as string | undefined;
    const n = tail === undefined || tail === 'all' ? lines.length : Math.max(0, parseInt(tail, 10) || 0);
    for (const { entry, prefix } of lines.slice(lines.length - n)) {
      const text = args.flags.raw === true ? `${entry.text}\n` : `${prefix}${entry.text}\n`;
      if (entry.stream === 'stderr') cx.err(text);
      else cx.out(text);
    }
    return 0;
  },
};
