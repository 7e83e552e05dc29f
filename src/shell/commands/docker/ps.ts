import { isSimError } from '../../../engine/errors';
import { listContainers } from '../../../engine/queries';
import { hostSnapshot } from '../../../engine/snapshot';
import { renderFormat } from '../../format/goTemplate';
import { renderTextTable } from '../../format/renderFormat';
import type { DockerSubcommand } from './subcommand';
import { reportDaemonError } from './errors';
import { DEFAULT_PS_FIELDS, defaultPsCells, psHeaders, psRow, type PsRowOptions } from './psFormat';
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
    // Rows read many fields of every container: a plain snapshot spares a proxy per object read.
    const world = hostSnapshot(cx.ctx.world, cx.host);
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
    const filtered = Object.keys(filters).length > 0;
    let list = listContainers(world, cx.host, { all: true }).filter(
      (c) => (all || c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting') && (!filtered || matchesPsFilters(world, cx.host, c, filters)),
    );
    if (latest) list = list.slice(0, 1);
    else if (last > 0) list = list.slice(0, last);
    const trunc = f['no-trunc'] !== true;
    const rowOpts: PsRowOptions = { trunc };
    const custom = typeof f.format === 'string' && f.format !== '' && f.format !== 'table' ? f.format : undefined;
    if (!custom) {
      // The built-in layouts are plain text cells: no need for the template engine, or for the
      // columns they do not show.
      if (f.quiet === true) cx.out(list.map((c) => `${trunc ? c.id.slice(0, 12) : c.id}\n`).join(''));
      else {
        const withSize = f.size === true;
        const header = [...DEFAULT_PS_FIELDS, ...(withSize ? ['Size'] : [])].map((k) => psHeaders[k]);
        const cells = list.map((c) => defaultPsCells(world, cx.host, c, rowOpts, withSize));
        cx.out(renderTextTable(header, cells, cx.profile.tableMinWidth, { dialect: cx.profile.name }));
      }
      return 0;
    }
    const rows = list.map((c) => psRow(world, cx.host, c, rowOpts));
    const format = f.quiet === true ? '{{.ID}}' : custom;
    try {
      cx.out(renderFormat(format, rows, psHeaders, cx.profile.tableMinWidth, { dialect: cx.profile.name }));
    } catch (e) {
      cx.err(`${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    return 0;
  },
};
