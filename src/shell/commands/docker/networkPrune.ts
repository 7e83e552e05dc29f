// `docker network prune [-f]`: asks first, then lists the networks it removed.
import { pruneNetworks } from '../../../engine/network/networkOps';
import { confirm } from './prompt';
import type { DockerSubcommand } from './subcommand';

export const networkPruneCommand: DockerSubcommand = {
  spec: {
    path: 'docker network prune',
    usage: '[OPTIONS]',
    description: 'Remove all unused networks',
    args: { max: 0 },
    flags: [
      { long: 'filter', kind: 'stringArray', valueName: 'filter', description: `Provide filter values (e.g. "until=<timestamp>")` },
      { long: 'force', short: 'f', kind: 'bool', description: 'Do not prompt for confirmation' },
    ],
  },
  run(cx, args) {
    if (args.flags.force !== true && !confirm(cx, cx.profile.network.pruneWarning, 'network prune', args)) return 0;
    const deleted = pruneNetworks(cx.ctx, cx.host);
    if (deleted.length > 0) cx.out(`Deleted Networks:\n${deleted.map((n) => `${n}\n`).join('')}\n`);
    return 0;
  },
};
