import { restartContainer } from '../../../engine/containers/stopContainer';
import type { DockerSubcommand } from './subcommand';
import { forEachContainer } from './containerBatch';

export const restartCommand: DockerSubcommand = {
  spec: {
    path: 'docker container restart',
    usage: '[OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Restart one or more containers',
    aliases: ['docker restart'],
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
    return forEachContainer(cx, args.positionals, (ref) => restartContainer(cx.ctx, cx.host, ref, timeout));
  },
};
