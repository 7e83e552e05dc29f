import { renameContainer } from '../../../engine/containers/renameContainer';
import type { DockerSubcommand } from './subcommand';
import { reportDaemonError } from './errors';

export const renameCommand: DockerSubcommand = {
  spec: {
    path: 'docker container rename',
    usage: 'CONTAINER NEW_NAME',
    description: 'Rename a container',
    aliases: ['docker rename'],
    args: { exact: 2 },
    flags: [],
  },
  run(cx, args) {
    const [ref, newName] = args.positionals;
    try {
      renameContainer(cx.ctx, cx.host, ref, newName);
      return 0;
    } catch (e) {
      return reportDaemonError(cx, e);
    }
  },
};
