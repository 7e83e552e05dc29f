// `docker service ps SERVICE…`: the tasks, sorted by slot, newest first within a slot, older
// ones as ` \_ name.slot`; CURRENT STATE as `Running 12 seconds ago`.
import { requireManager } from '../../../engine/swarm/cluster';
import { listTasks, shownTaskState } from '../../../engine/queries/swarm';
import { mustFindService } from '../../../engine/swarm/services';
import type { Cluster, Service, Task } from '../../../engine/world';
import { humanDuration } from '../../format/units';
import { reportDaemonError } from './errors';
import { printFormatted } from './formatted';
import type { DockerSubcommand } from './subcommand';

const HEADERS = { ID: 'ID', Name: 'NAME', Image: 'IMAGE', Node: 'NODE', DesiredState: 'DESIRED STATE', CurrentState: 'CURRENT STATE', Error: 'ERROR', Ports: 'PORTS' };

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function currentState(t: Task, now: number): string {
  const ago = humanDuration(now - t.stateAt);
  return `${cap(shownTaskState(t, now))} ${ago.charAt(0).toLowerCase()}${ago.slice(1)} ago`;
}

function quoteError(err: string | undefined, noTrunc: boolean): string {
  if (!err) return '';
  const text = !noTrunc && err.length > 29 ? `${err.slice(0, 28)}…` : err;
  return `"${text}"`;
}

export function taskRows(cluster: Cluster, services: Service[], now: number, noTrunc: boolean, keep?: (t: Task) => boolean) {
  const rows: Record<string, string>[] = [];
  for (const s of services) {
    const bySlot = new Map<string, Task[]>();
    for (const t of listTasks(cluster, s.id)) {
      if (keep && !keep(t)) continue;
      const key = t.slot > 0 ? String(t.slot).padStart(8, '0') : t.nodeId;
      if (!bySlot.has(key)) bySlot.set(key, []);
      bySlot.get(key)!.push(t);
    }
    for (const key of [...bySlot.keys()].sort()) {
      const tasks = bySlot.get(key)!.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
      tasks.forEach((t, i) => {
        const name = t.slot > 0 ? `${s.spec.name}.${t.slot}` : `${s.spec.name}.${t.nodeId}`;
        rows.push({
          ID: noTrunc ? t.id : t.id.slice(0, 12),
          Name: i === 0 ? name : ` \\_ ${name}`,
          Image: t.image.replace(/@sha256:[0-9a-f]+$/, ''),
          Node: cluster.nodes[t.nodeId]?.host ?? '',
          DesiredState: cap(t.desired),
          CurrentState: currentState(t, now),
          Error: quoteError(t.error, noTrunc),
          Ports: '',
        });
      });
    }
  }
  return rows;
}

export const servicePsCommand: DockerSubcommand = {
  spec: {
    path: 'docker service ps',
    usage: '[OPTIONS] SERVICE [SERVICE...]',
    description: 'List the tasks of one or more services',
    args: { min: 1 },
    flags: [
      { long: 'filter', short: 'f', kind: 'stringArray', valueName: 'filter', description: 'Filter output based on conditions provided' },
      { long: 'format', kind: 'string', description: 'Pretty-print tasks using a Go template' },
      { long: 'no-resolve', kind: 'bool', description: 'Do not map IDs to Names' },
      { long: 'no-trunc', kind: 'bool', description: 'Do not truncate output' },
      { long: 'quiet', short: 'q', kind: 'bool', description: 'Only display task IDs' },
    ],
  },
  run(cx, args) {
    let rows;
    try {
      const { cluster } = requireManager(cx.ctx.world, cx.host);
      const services = args.positionals.map((ref) => {
        try {
          return mustFindService(cluster, ref);
        } catch {
          throw Object.assign(new Error(`no such service: ${ref}`), { plain: true });
        }
      });
      rows = taskRows(cluster, services, cx.ctx.world.now, args.flags['no-trunc'] === true);
    } catch (e) {
      if (e instanceof Error && 'plain' in e) {
        cx.err(`${e.message}\n`);
        return 1;
      }
      return reportDaemonError(cx, e);
    }
    const filters = (args.flags.filter as string[] | undefined) ?? [];
    const wantRunning = filters.includes('desired-state=running');
    const shown = wantRunning ? rows.filter((r) => r.DesiredState === 'Running') : rows;
    const format =
      args.flags.quiet === true
        ? '{{.ID}}'
        : ((args.flags.format as string | undefined) ?? 'table {{.ID}}\t{{.Name}}\t{{.Image}}\t{{.Node}}\t{{.DesiredState}}\t{{.CurrentState}}\t{{.Error}}\t{{.Ports}}');
    return printFormatted(cx, format, shown, HEADERS);
  },
};
