// `docker network rm NETWORK...`: echoes each removed name; failures go to stderr, exit 1.
import { SimError } from '../../../engine/errors';
import { findNetwork } from '../../../engine/network/getNetwork';
import { removeNetwork } from '../../../engine/network/networkOps';
import { errorText } from './errors';
import { notFoundText } from './inspectOutput';
import type { DockerSubcommand } from './subcommand';

export const networkRmCommand: DockerSubcommand = {
  spec: {
    path: 'docker network rm',
    usage: '[OPTIONS] NETWORK [NETWORK...]',
    description: 'Remove one or more networks',
    aliases: ['docker network remove'],
    args: { min: 1 },
    flags: [{ long: 'force', short: 'f', kind: 'bool', description: 'Do not error if the network does not exist' }],
  },
  run(cx, args) {
    let code = 0;
    for (const ref of args.positionals) {
      const net = findNetwork(cx.ctx.world, cx.host, ref);
      if (!net) {
        if (args.flags.force === true) continue;
        cx.err(`${notFoundText(cx, 'network', ref, new SimError(`network ${ref} not found`, 'notFound'))}\n`);
        code = 1;
        continue;
      }
      try {
        removeNetwork(cx.ctx, cx.host, net);
        cx.out(`${ref}\n`);
      } catch (e) {
        cx.err(`${errorText(e)}\n`);
        code = 1;
      }
    }
    return code;
  },
};
