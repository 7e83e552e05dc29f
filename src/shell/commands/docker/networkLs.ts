// `docker network ls`: NETWORK ID, NAME, DRIVER, SCOPE, sorted by name.
import { shortId } from '../../../engine/ids';
import { toRfc3339Nano } from '../../../engine/time';
import type { Network } from '../../../engine/world';
import { printFormatted } from './formatted';
import type { DockerSubcommand } from './subcommand';

const HEADERS = {
  ID: 'NETWORK ID',
  Name: 'NAME',
  Driver: 'DRIVER',
  Scope: 'SCOPE',
  IPv6: 'IPV6',
  Internal: 'INTERNAL',
  Labels: 'LABELS',
  CreatedAt: 'CREATED AT',
};

function matches(net: Network, filters: string[]): boolean {
  return filters.every((f) => {
    const eq = f.indexOf('=');
    const key = eq < 0 ? f : f.slice(0, eq);
    const value = eq < 0 ? '' : f.slice(eq + 1);
    if (key === 'name') return net.name.includes(value);
    if (key === 'id') return net.id.startsWith(value);
    if (key === 'driver') return net.driver === value;
    if (key === 'scope') return net.scope === value;
    if (key === 'type') return (value === 'builtin') === ['bridge', 'host', 'none', 'ingress', 'docker_gwbridge'].includes(net.name);
    return true;
  });
}

export const networkLsCommand: DockerSubcommand = {
  spec: {
    path: 'docker network ls',
    usage: '[OPTIONS]',
    description: 'List networks',
    aliases: ['docker network list'],
    args: { max: 0 },
    flags: [
      { long: 'filter', short: 'f', kind: 'stringArray', valueName: 'filter', description: `Provide filter values (e.g. "driver=bridge")` },
      { long: 'format', kind: 'string', description: 'Format output using a custom template' },
      { long: 'no-trunc', kind: 'bool', description: 'Do not truncate the output' },
      { long: 'quiet', short: 'q', kind: 'bool', description: 'Only display network IDs' },
    ],
  },
  run(cx, args) {
    const noTrunc = args.flags['no-trunc'] === true;
    const filters = (args.flags.filter as string[] | undefined) ?? [];
    const nets = Object.values(cx.ctx.world.hosts[cx.host].daemon.networks)
      .filter((n) => matches(n, filters))
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
    const rows = nets.map((n) => ({
      ID: noTrunc ? n.id : shortId(n.id),
      Name: n.name,
      Driver: n.driver,
      Scope: n.scope,
      IPv6: 'false',
      Internal: String(n.internal),
      Labels: Object.entries(n.labels)
        .map(([k, v]) => `${k}=${v}`)
        .join(','),
      CreatedAt: toRfc3339Nano(n.created),
    }));
    const format = args.flags.quiet === true ? '{{.ID}}' : ((args.flags.format as string | undefined) ?? 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}');
    return printFormatted(cx, format, rows, HEADERS);
  },
};
