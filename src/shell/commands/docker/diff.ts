import { findContainer } from '../../../engine/containers/findContainer';
import { hostSnapshot } from '../../../engine/snapshot';
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
      // Read only: a snapshot spares immer copying the container table to hand out a draft.
      const world = hostSnapshot(cx.ctx.world, cx.host);
      const c = findContainer(world, cx.host, args.positionals[0]);
      for (const change of diffContainer(world, cx.host, c.id)) cx.out(`${change.kind} ${change.path}\n`);
      return 0;
    } catch (e) {
      return reportDaemonError(cx, e);
    }
  },
};
