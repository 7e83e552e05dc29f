import { isSimError } from '../../../engine/errors';
import { listContainers } from '../../../engine/queries';
import { renderFormat } from '../../format/goTemplate';
import type { DockerSubcommand } from './subcommand';
import { reportDaemonError } from './errors';
import { defaultPsFormat, psHeaders, psRow } from './psFormat';
import { matchesPsFilters, parsePsFilters, type PsFilters } from './psFilter';

export const psCommand: DockerSubcommand = {
  spec: {
    path: 'docker container ls',
    usage: '[OPTIONS]',
    description: 'List containers',
    aliases: ['docker container list', 'docker container ps', 'docker ps'],
    args: { max: 0 },
    flags: [
      { long: 'all', short: 'a', kind: 'bool', description: 'Show all containers (default shows just running)' },
      { long: 'filter', short: 'f', kind: 'stringArray', valueName: 'filter', description: 'Filter output based on conditions provided' },
      {
        long: 'format',
        kind: 'string',
        valueName: 'string',
        description:
          "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
      { long: 'last', short: 'n', kind: 'int', valueName: 'int', description: 'Show n last created containers (includes all states)', defaultText: '-1' },
      { long: 'latest', short: 'l', kind: 'bool', description: 'Show the latest created container (includes all states)' },
      { long: 'no-trunc', kind: 'bool', description: "Don't truncate output" },
      { long: 'quiet', short: 'q', kind: 'bool', description: 'Only display container IDs' },
      { long: 'size', short: 's', kind: 'bool', description: 'Display total file sizes' },
    ],
  },
  run(cx, args) {
    const f = args.flags;
    const { world } = cx.ctx;
    let filters: PsFilters;
    try {
      filters = parsePsFilters(Array.isArray(f.filter) ? f.filter : [], cx.profile);
    } catch (e) {
      if (isSimError(e)) return reportDaemonError(cx, e);
      throw e;
    }
    const last = typeof f.last === 'number' ? f.last : -1;
    const latest = f.latest === true;
    const all = f.all === true || last > 0 || latest || filters.status !== undefined;
    let list = listContainers(world, cx.host, { all: true }).filter(
      (c) => (all || c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting') && matchesPsFilters(world, cx.host, c, filters),
    );
    if (latest) list = list.slice(0, 1);
    else if (last > 0) list = list.slice(0, last);
    const trunc = f['no-trunc'] !== true;
    const rows = list.map((c) => psRow(world, cx.host, c, { trunc }));
    const custom = typeof f.format === 'string' && f.format !== '' && f.format !== 'table' ? f.format : undefined;
    let format: string;
    if (f.quiet === true) format = '{{.ID}}';
    else if (custom) format = custom;
    else format = f.size === true ? `${defaultPsFormat}\t{{.Size}}` : defaultPsFormat;
    try {
      cx.out(renderFormat(format, rows, psHeaders, cx.profile.tableMinWidth, { dialect: cx.profile.name }));
    } catch (e) {
      cx.err(`${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    return 0;
  },
};
