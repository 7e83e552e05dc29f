// `docker node rm [-f] NODE…`: echoes each removed node; failures are collected and printed
// after the others, as cli/command/node/remove.go does.
import { removeNode } from '../../../engine/swarm/nodes';
import { isSimError } from '../../../engine/errors';
import { errorText } from './errors';
import type { DockerSubcommand } from './subcommand';

export const nodeRmCommand: DockerSubcommand = {
  spec: {
    path: 'docker node rm',
    usage: '[OPTIONS] NODE [NODE...]',
    description: 'Remove one or more nodes from the swarm',
    aliases: ['docker node remove'],
    args: { min: 1 },
    flags: [{ long: 'force', short: 'f', kind: 'bool', description: 'Force remove a node from the swarm' }],
  },
  run(cx, args) {
    const errors: string[] = [];
    for (const ref of args.positionals) {
      try {
        removeNode(cx.ctx, cx.host, ref, args.flags.force === true);
        cx.out(`${ref}\n`);
      } catch (e) {
        const template = cx.profile.cli.clientNotFound;
        errors.push(template && isSimError(e) && e.kind === 'notFound' ? template.replace('{object}', 'node').replace('{name}', ref) : errorText(e));
      }
    }
    if (errors.length === 0) return 0;
    cx.err(`${errors.join('\n')}\n`);
    return 1;
  },
};
