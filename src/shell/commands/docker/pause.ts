import { pauseContainer } from '../../../engine/containers/pauseContainer';
import type { DockerSubcommand } from './subcommand';
import { forEachContainer } from './containerBatch';

export const pauseCommand: DockerSubcommand = {
  spec: {
    path: 'docker container pause',
    usage: 'CONTAINER [CONTAINER...]',
    description: 'Pause all processes within one or more containers',
    aliases: ['docker pause'],
    args: { min: 1 },
    flags: [],
  },
  run(cx, args) {
    return forEachContainer(cx, args.positionals, (ref) => pauseContainer(cx.ctx, cx.host, ref));
  },
};
