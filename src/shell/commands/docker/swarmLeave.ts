// `docker swarm leave [-f]`.
import { leaveSwarm } from '../../../engine/swarm/membership';
import { reportDaemonError } from './errors';
import type { DockerSubcommand } from './subcommand';

export const swarmLeaveCommand: DockerSubcommand = {
  spec: {
    path: 'docker swarm leave',
    usage: '[OPTIONS]',
    description: 'Leave the swarm',
    args: { max: 0 },
    flags: [{ long: 'force', short: 'f', kind: 'bool', description: 'Force this node to leave the swarm, ignoring warnings' }],
  },
  run(cx, args) {
    try {
      leaveSwarm(cx.ctx, cx.host, args.flags.force === true);
      cx.out('Node left the swarm.\n');
      return 0;
    } catch (e) {
      return reportDaemonError(cx, e);
    }
  },
};
