import { pruneContainers } from '../../../engine/containers/pruneContainers';
import { humanSizeWithPrecision } from '../../format/units';
import type { DockerSubcommand } from './subcommand';
import { reportDaemonError } from './errors';

const WARNING = 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ';

/** prompt.Confirm: the first line of stdin, trimmed, must be y or Y. */
function confirmed(stdin: string): boolean {
  return stdin.split('\n')[0].trim().toLowerCase() === 'y';
}

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
      cx.out(WARNING);
      // With nothing piped in, the student "pressed Enter": the terminal echoes the newline.
      if (cx.stdin === '') cx.out('\n');
      if (!confirmed(cx.stdin)) {
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
