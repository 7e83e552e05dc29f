// `docker node update [--availability active|pause|drain] [--label-add k=v] [--label-rm k] NODE`:
// prints the node as typed. Drain empties the node on the orchestrator's next pass.
import { SimError } from '../../../engine/errors';
import { demoteNode, NodeUpdateError, promoteNode, updateNode } from '../../../engine/swarm/nodes';
import type { NodeAvailability } from '../../../engine/world';
import { reportNotFound } from './errors';
import type { DockerSubcommand } from './subcommand';

export const nodeUpdateCommand: DockerSubcommand = {
  spec: {
    path: 'docker node update',
    usage: '[OPTIONS] NODE',
    description: 'Update a node',
    args: { exact: 1 },
    flags: [
      { long: 'availability', kind: 'string', description: 'Availability of the node ("active"|"pause"|"drain")' },
      { long: 'label-add', kind: 'stringArray', valueName: 'list', description: 'Add or update a node label (key=value)' },
      { long: 'label-rm', kind: 'stringArray', valueName: 'list', description: 'Remove a node label if exists' },
      { long: 'role', kind: 'string', description: 'Role of the node ("worker"|"manager")' },
    ],
  },
  run(cx, args) {
    const ref = args.positionals[0];
    const availability = args.flags.availability as string | undefined;
    const role = args.flags.role as string | undefined;
    try {
      // the daemon converts the spec (daemon/cluster/convert/node.go) and refuses unknown values
      if (role !== undefined && role !== 'worker' && role !== 'manager') throw new SimError(`invalid Role: ${JSON.stringify(role)}`, 'invalid');
      if (availability !== undefined && !['active', 'pause', 'drain'].includes(availability.toLowerCase())) {
        throw new SimError(`invalid Availability: ${JSON.stringify(availability)}`, 'invalid');
      }
      if (role === 'manager') promoteNode(cx.ctx, cx.host, ref);
      else if (role === 'worker') demoteNode(cx.ctx, cx.host, ref);
      updateNode(cx.ctx, cx.host, ref, {
        availability: availability?.toLowerCase() as NodeAvailability | undefined,
        labelAdd: args.flags['label-add'] as string[] | undefined,
        labelRm: args.flags['label-rm'] as string[] | undefined,
      });
    } catch (e) {
      if (e instanceof NodeUpdateError) {
        cx.err(`${e.message}\n`);
        return 1;
      }
      return reportNotFound(cx, 'node', ref, e);
    }
    cx.out(`${ref}\n`);
    return 0;
  },
};
