import { findContainer } from '../../../engine/containers/findContainer';
import { diffContainer } from '../../../engine/fs/diffContainer';
import type { DockerSubcommand } from './subcommand';
import { reportDaemonError } from './errors';

export const diffCommand: DockerSubcommand = {
  spec: {
    path: 'docker container diff',
    usage: 'CONTAINER',
    description: "Inspect changes to files or directories on a container's filesystem",
    aliases: ['docker diff'],
    args: { exact: 1 },
    flags: [],
  },
  run(cx, args) {
    try {
      const c = findContainer(cx.ctx.world, cx.host, args.positionals[0]);
      for (const change of diffContainer(cx.ctx.world, cx.host, c.id)) cx.out(`${change.kind} ${change.path}\n`);
      return 0;
    } catch (e) {
      return reportDaemonError(cx, e);
    }
  },
};
