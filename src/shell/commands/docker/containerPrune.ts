import { pruneContainers } from '../../../engine/containers/pruneContainers';
import { humanSizeWithPrecision } from '../../format/units';
import { confirm } from './prompt';
import type { DockerSubcommand } from './subcommand';
import { reportDaemonError } from './errors';

const WARNING = 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue?';

export const containerPruneCommand: DockerSubcommand = {
  spec: {
    path: 'docker container prune',
    usage: '[OPTIONS]',
    description: 'Remove all stopped containers',
    args: { max: 0 },
    flags: [
      { long: 'filter', kind: 'stringArray', valueName: 'filter', description: 'Provide filter values (e.g. "until=<timestamp>")' },
      { long: 'force', short: 'f', kind: 'bool', description: 'Do not prompt for confirmation' },
    ],
  },
  run(cx, args) {
    if (args.flags.force !== true) {
      const yes = confirm(cx, WARNING, 'container prune', args);
      if (yes === undefined) return 0;
      if (!yes) {
        if (cx.profile.cli.pruneDeclined === 'report') cx.out('Total reclaimed space: 0B\n');
        return 0;
      }
    }
    try {
      const { deleted, spaceReclaimed } = pruneContainers(cx.ctx, cx.host);
      if (deleted.length > 0) cx.out(`Deleted Containers:\n${deleted.map((id) => `${id}\n`).join('')}\n`);
      cx.out(`Total reclaimed space: ${humanSizeWithPrecision(deleted.length > 0 ? spaceReclaimed : 0, 4)}\n`);
      return 0;
    } catch (e) {
      return reportDaemonError(cx, e);
    }
  },
};
