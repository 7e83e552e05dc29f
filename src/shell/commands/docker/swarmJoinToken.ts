// `docker swarm join-token [-q] [--rotate] (worker|manager)`.
import { requireManager } from '../../../engine/swarm/cluster';
import { joinToken, rotateJoinToken, SWARM_PORT } from '../../../engine/swarm/membership';
import { reportDaemonError } from './errors';
import type { DockerSubcommand } from './subcommand';

export const swarmJoinTokenCommand: DockerSubcommand = {
  spec: {
    path: 'docker swarm join-token',
    usage: '[OPTIONS] (worker|manager)',
    description: 'Manage join tokens',
    args: { exact: 1 },
    flags: [
      { long: 'quiet', short: 'q', kind: 'bool', description: 'Only display token' },
      { long: 'rotate', kind: 'bool', description: 'Rotate join token' },
    ],
  },
  run(cx, args) {
    const role = args.positionals[0];
    if (role !== 'worker' && role !== 'manager') {
      cx.err('unknown role ' + role + '\n');
      return 1;
    }
    try {
      const { cluster, self } = requireManager(cx.ctx.world, cx.host);
      if (args.flags.rotate === true) {
        rotateJoinToken(cx.ctx, cluster, role);
        if (args.flags.quiet !== true) cx.out(`Successfully rotated ${role} join token.\n\n`);
      }
      const token = joinToken(cluster, role);
      if (args.flags.quiet === true) {
        cx.out(`${token}\n`);
        return 0;
      }
      cx.out(`To add a ${role} to this swarm, run the following command:\n\n    docker swarm join --token ${token} ${self.addr}:${SWARM_PORT}\n\n`);
      return 0;
    } catch (e) {
      return reportDaemonError(cx, e);
    }
  },
};
