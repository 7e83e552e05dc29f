// `docker swarm init [--advertise-addr IP[:PORT]]`: this node becomes the cluster's first manager.
import { initSwarm, joinToken, SWARM_PORT } from '../../../engine/swarm/membership';
import { reportDaemonError } from './errors';
import type { DockerSubcommand } from './subcommand';

export const swarmInitCommand: DockerSubcommand = {
  spec: {
    path: 'docker swarm init',
    usage: '[OPTIONS]',
    description: 'Initialize a swarm',
    args: { max: 0 },
    flags: [
      { long: 'advertise-addr', kind: 'string', description: 'Advertised address (format: "<ip|interface>[:port]")' },
      { long: 'force-new-cluster', kind: 'bool', description: 'Force create a new cluster from current state' },
      { long: 'listen-addr', kind: 'string', valueName: 'node-addr', description: 'Listen address (format: "<ip|interface>[:port]")', defaultText: '0.0.0.0:2377' },
    ],
  },
  run(cx, args) {
    let result;
    try {
      result = initSwarm(cx.ctx, cx.host, { advertiseAddr: args.flags['advertise-addr'] as string | undefined, forceNewCluster: args.flags['force-new-cluster'] === true });
    } catch (e) {
      return reportDaemonError(cx, e);
    }
    const { cluster, node } = result;
    cx.out(
      `Swarm initialized: current node (${node.id}) is now a manager.\n\n` +
        `To add a worker to this swarm, run the following command:\n\n` +
        `    docker swarm join --token ${joinToken(cluster, 'worker')} ${node.addr}:${SWARM_PORT}\n\n` +
        `To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.\n\n`,
    );
    return 0;
  },
};
