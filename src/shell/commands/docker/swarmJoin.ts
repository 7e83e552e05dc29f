// `docker swarm join --token TOKEN HOST:PORT`: worker or manager, by the token's secret.
import { joinSwarm } from '../../../engine/swarm/membership';
import { reportDaemonError } from './errors';
import type { DockerSubcommand } from './subcommand';

export const swarmJoinCommand: DockerSubcommand = {
  spec: {
    path: 'docker swarm join',
    usage: '[OPTIONS] HOST:PORT',
    description: 'Join a swarm as a node and/or manager',
    args: { exact: 1 },
    flags: [
      { long: 'advertise-addr', kind: 'string', description: 'Advertised address (format: "<ip|interface>[:port]")' },
      { long: 'listen-addr', kind: 'string', valueName: 'node-addr', description: 'Listen address (format: "<ip|interface>[:port]")', defaultText: '0.0.0.0:2377' },
      { long: 'token', kind: 'string', description: 'Token for entry into the swarm' },
    ],
  },
  run(cx, args) {
    try {
      const node = joinSwarm(cx.ctx, cx.host, (args.flags.token as string | undefined) ?? '', args.positionals[0], {
        advertiseAddr: args.flags['advertise-addr'] as string | undefined,
      });
      cx.out(`This node joined a swarm as a ${node.role}.\n`);
      return 0;
    } catch (e) {
      return reportDaemonError(cx, e);
    }
  },
};
