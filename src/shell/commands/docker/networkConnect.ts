// `docker network connect [--alias A] [--ip IP] NETWORK CONTAINER` and
// `docker network disconnect [-f] NETWORK CONTAINER`: no output on success.
import { connectNetwork, disconnectNetwork } from '../../../engine/network/connectNetwork';
import type { DockerSubcommand } from './subcommand';

export const networkConnectCommand: DockerSubcommand = {
  spec: {
    path: 'docker network connect',
    usage: '[OPTIONS] NETWORK CONTAINER',
    description: 'Connect a container to a network',
    args: { exact: 2 },
    flags: [
      { long: 'alias', kind: 'stringArray', valueName: 'strings', description: 'Add network-scoped alias for the container' },
      { long: 'ip', kind: 'string', description: 'IPv4 address (e.g., 172.30.100.104)' },
      { long: 'link', kind: 'stringArray', valueName: 'list', description: 'Add link to another container' },
    ],
  },
  run(cx, args) {
    const [net, container] = args.positionals;
    connectNetwork(cx.ctx, cx.host, net, container, {
      aliases: (args.flags.alias as string[] | undefined) ?? [],
      ip: args.flags.ip as string | undefined,
    });
    return 0;
  },
};

export const networkDisconnectCommand: DockerSubcommand = {
  spec: {
    path: 'docker network disconnect',
    usage: '[OPTIONS] NETWORK CONTAINER',
    description: 'Disconnect a container from a network',
    args: { exact: 2 },
    flags: [{ long: 'force', short: 'f', kind: 'bool', description: 'Force the container to disconnect from a network' }],
  },
  run(cx, args) {
    const [net, container] = args.positionals;
    disconnectNetwork(cx.ctx, cx.host, net, container, args.flags.force === true);
    return 0;
  },
};
