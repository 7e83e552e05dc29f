// `docker node promote|demote NODE…` (cli/command/node/{promote,demote}.go): one line per node,
// also when there is nothing to change; the first failure stops the rest.
import { demoteNode, promoteNode } from '../../../engine/swarm/nodes';
import { reportNotFound } from './errors';
import type { DockerSubcommand } from './subcommand';

function roleCommand(verb: 'promote' | 'demote'): DockerSubcommand {
  const promote = verb === 'promote';
  return {
    spec: {
      path: `docker node ${verb}`,
      usage: 'NODE [NODE...]',
      description: promote ? 'Promote one or more nodes to manager in the swarm' : 'Demote one or more nodes from manager in the swarm',
      args: { min: 1 },
      flags: [],
    },
    run(cx, args) {
      for (const ref of args.positionals) {
        try {
          const changed = promote ? promoteNode(cx.ctx, cx.host, ref) : demoteNode(cx.ctx, cx.host, ref);
          if (promote) cx.out(changed ? `Node ${ref} promoted to a manager in the swarm.\n` : `Node ${ref} is already a manager.\n`);
          else cx.out(changed ? `Manager ${ref} demoted in the swarm.\n` : `Node ${ref} is already a worker.\n`);
        } catch (e) {
          return reportNotFound(cx, 'node', ref, e);
        }
      }
      return 0;
    },
  };
}

export const nodePromoteCommand = roleCommand('promote');
export const nodeDemoteCommand = roleCommand('demote');
