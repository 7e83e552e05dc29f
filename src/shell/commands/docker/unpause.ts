import { unpauseContainer } from '../../../engine/containers/pauseContainer';
import type { DockerSubcommand } from './subcommand';
import { forEachContainer } from './containerBatch';

export const unpauseCommand: DockerSubcommand = {
  spec: {
    path: 'docker container unpause',
    usage: 'CONTAINER [CONTAINER...]',
    description: 'Unpause all processes within one or more containers',
    aliases: ['docker unpause'],
    args: { min: 1 },
    flags: [],
  },
  run(cx, args) {
    return forEachContainer(cx, args.positionals, (ref) => unpauseContainer(cx.ctx, cx.host, ref));
  },
};
