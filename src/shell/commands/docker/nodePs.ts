// `docker node ps [NODE…]`: the tasks on the nodes (this node by default), in service ps's
// table, services by name.
import { requireManager } from '../../../engine/swarm/cluster';
import { listServices } from '../../../engine/queries/swarm';
import { mustFindNode } from '../../../engine/swarm/nodes';
import { reportDaemonError, reportNotFound } from './errors';
import { printFormatted } from './formatted';
import { taskRows } from './servicePs';
import type { DockerSubcommand } from './subcommand';

const HEADERS = { ID: 'ID', Name: 'NAME', Image: 'IMAGE', Node: 'NODE', DesiredState: 'DESIRED STATE', CurrentState: 'CURRENT STATE', Error: 'ERROR', Ports: 'PORTS' };

export const nodePsCommand: DockerSubcommand = {
  spec: {
    path: 'docker node ps',
    usage: '[OPTIONS] [NODE...]',
    description: 'List tasks running on one or more nodes, defaults to current node',
    flags: [
      { long: 'filter', short: 'f', kind: 'stringArray', valueName: 'filter', description: 'Filter output based on conditions provided' },
      { long: 'format', kind: 'string', description: 'Pretty-print tasks using a Go template' },
      { long: 'no-resolve', kind: 'bool', description: 'Do not map IDs to Names' },
      { long: 'no-trunc', kind: 'bool', description: 'Do not truncate output' },
      { long: 'quiet', short: 'q', kind: 'bool', description: 'Only display task IDs' },
    ],
  },
  run(cx, args) {
    let r;
    try {
      r = requireManager(cx.ctx.world, cx.host);
    } catch (e) {
      return reportDaemonError(cx, e);
    }
    const { cluster, self } = r;
    const ids = new Set<string>();
    for (const ref of args.positionals.length ? args.positionals : ['self']) {
      try {
        ids.add(ref === 'self' ? self.id : mustFindNode(cluster, ref).id);
      } catch (e) {
        return reportNotFound(cx, 'node', ref, e);
      }
    }
    const rows = taskRows(cluster, listServices(cluster), cx.ctx.world.now, args.flags['no-trunc'] === true, (t) => ids.has(t.nodeId));
    const filters = (args.flags.filter as string[] | undefined) ?? [];
    const shown = filters.includes('desired-state=running') ? rows.filter((row) => row.DesiredState === 'Running') : rows;
    const format =
      args.flags.quiet === true
        ? '{{.ID}}'
        : ((args.flags.format as string | undefined) ?? 'table {{.ID}}\t{{.Name}}\t{{.Image}}\t{{.Node}}\t{{.DesiredState}}\t{{.CurrentState}}\t{{.Error}}\t{{.Ports}}');
    return printFormatted(cx, format, shown, HEADERS);
  },
};
