// `docker network inspect [-f FORMAT] NETWORK...`.
import { SimError } from '../../../engine/errors';
import { findNetwork } from '../../../engine/network/getNetwork';
import { runInspect, notFoundText } from './inspectOutput';
import { networkJson } from './objectJson';
import type { DockerSubcommand } from './subcommand';

export const networkInspectCommand: DockerSubcommand = {
  spec: {
    path: 'docker network inspect',
    usage: '[OPTIONS] NETWORK [NETWORK...]',
    description: 'Display detailed information on one or more networks',
    args: { min: 1 },
    flags: [
      { long: 'format', short: 'f', kind: 'string', description: 'Format output using a custom template' },
      { long: 'verbose', short: 'v', kind: 'bool', description: 'Verbose output for diagnostics' },
    ],
  },
  run(cx, args) {
    const { world } = cx.ctx;
    return runInspect(cx, args.positionals, args.flags.format as string | undefined, (ref) => {
      const net = findNetwork(world, cx.host, ref);
      if (net) return { value: networkJson(world, cx.host, net, cx.profile) };
      return { error: notFoundText(cx, 'network', ref, new SimError(`network ${ref} not found`, 'notFound')) };
    });
  },
};
