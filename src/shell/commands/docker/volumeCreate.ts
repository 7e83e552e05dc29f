// `docker volume create [OPTIONS] [VOLUME]`: prints the volume's name.
import { createVolume } from '../../../engine/volumes/volumes';
import type { DockerSubcommand } from './subcommand';

export const volumeCreateCommand: DockerSubcommand = {
  spec: {
    path: 'docker volume create',
    usage: '[OPTIONS] [VOLUME]',
    description: 'Create a volume',
    args: { max: 1 },
    flags: [
      { long: 'driver', short: 'd', kind: 'string', description: 'Specify volume driver name', defaultText: '"local"' },
      { long: 'label', kind: 'stringArray', valueName: 'list', description: 'Set metadata for a volume' },
      { long: 'name', kind: 'string', description: 'Specify volume name', hidden: true },
      { long: 'opt', short: 'o', kind: 'stringArray', valueName: 'map', description: 'Set driver specific options', defaultText: 'map[]' },
    ],
  },
  run(cx, args) {
    const name = args.positionals[0] ?? (args.flags.name as string | undefined);
    const labels: Record<string, string> = {};
    for (const label of (args.flags.label as string[] | undefined) ?? []) {
      const eq = label.indexOf('=');
      labels[eq < 0 ? label : label.slice(0, eq)] = eq < 0 ? '' : label.slice(eq + 1);
    }
    const vol = createVolume(cx.ctx, cx.host, name, { labels });
    cx.out(`${vol.name}\n`);
    return 0;
  },
};
