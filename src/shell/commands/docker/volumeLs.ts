// `docker volume ls`: DRIVER and VOLUME NAME, sorted by name.
import { listVolumes } from '../../../engine/volumes/volumes';
import type { Volume } from '../../../engine/world';
import { printFormatted } from './formatted';
import type { DockerSubcommand } from './subcommand';

const HEADERS = { Driver: 'DRIVER', Name: 'VOLUME NAME', Scope: 'SCOPE', Mountpoint: 'MOUNTPOINT', Labels: 'LABELS' };

function row(vol: Volume) {
  const labels = Object.entries(vol.labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return { Driver: vol.driver, Name: vol.name, Scope: 'local', Mountpoint: vol.mountpoint, Labels: labels };
}

function matches(vol: Volume, filters: string[]): boolean {
  return filters.every((f) => {
    const [key, value = ''] = f.split('=', 2);
    if (key === 'dangling') return true;
    if (key === 'name') return vol.name.includes(value);
    if (key === 'driver') return vol.driver === value;
    if (key === 'label') return value.split('=')[0] in vol.labels;
    return true;
  });
}

export const volumeLsCommand: DockerSubcommand = {
  spec: {
    path: 'docker volume ls',
    usage: '[OPTIONS]',
    description: 'List volumes',
    aliases: ['docker volume list'],
    args: { max: 0 },
    flags: [
      { long: 'filter', short: 'f', kind: 'stringArray', valueName: 'filter', description: "Provide filter values (e.g. 'dangling=true')" },
      { long: 'format', kind: 'string', description: 'Format output using a custom template' },
      { long: 'quiet', short: 'q', kind: 'bool', description: 'Only display volume names' },
    ],
  },
  run(cx, args) {
    const filters = (args.flags.filter as string[] | undefined) ?? [];
    const volumes = listVolumes(cx.ctx.world, cx.host).filter((v) => matches(v, filters));
    const format = args.flags.quiet === true ? '{{.Name}}' : ((args.flags.format as string | undefined) ?? 'table {{.Driver}}\t{{.Name}}');
    return printFormatted(cx, format, volumes.map(row), HEADERS);
  },
};
