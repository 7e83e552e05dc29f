import { stopContainer } from '../../../engine/containers/stopContainer';
import type { DockerSubcommand } from './subcommand';
import { forEachContainer } from './containerBatch';

export const stopCommand: DockerSubcommand = {
  spec: {
    path: 'docker container stop',
    usage: '[OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Stop one or more running containers',
    aliases: ['docker stop'],
    args: { min: 1 },
    flags: [
      { long: 'signal', short: 's', kind: 'string', valueName: 'string', description: 'Signal to send to the container' },
      {
        long: 'timeout',
        short: 't',
        kind: 'int',
        valueName: 'int',
        description: 'Seconds to wait before killing the container',
        aliases: ['time'],
      },
    ],
  },
  run(cx, args) {
    const t = args.flags.timeout;
    const timeout = typeof t === 'number' && t >= 0 ? t : 10;
    return forEachContainer(cx, args.positionals, (ref) => stopContainer(cx.ctx, cx.host, ref, timeout));
  },
};
