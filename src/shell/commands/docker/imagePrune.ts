// `docker image prune [-a] [-f]`: asks first, then lists what went and the space reclaimed.
import { pruneImages } from '../../../engine/images';
import { humanSize } from '../../format/units';
import { confirm } from './prompt';
import type { DockerSubcommand } from './subcommand';

const DANGLING_WARNING = 'WARNING! This will remove all dangling images.\nAre you sure you want to continue?';
const ALL_WARNING = 'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue?';

export const imagePruneCommand: DockerSubcommand = {
  spec: {
    path: 'docker image prune',
    usage: '[OPTIONS]',
    description: 'Remove unused images',
    args: { max: 0 },
    flags: [
      { long: 'all', short: 'a', kind: 'bool', description: 'Remove all unused images, not just dangling ones' },
      { long: 'filter', kind: 'stringArray', valueName: 'filter', description: `Provide filter values (e.g. "until=<timestamp>")` },
      { long: 'force', short: 'f', kind: 'bool', description: 'Do not prompt for confirmation' },
    ],
  },
  run(cx, args) {
    const all = args.flags.all === true;
    if (args.flags.force !== true) {
      const yes = confirm(cx, all ? ALL_WARNING : DANGLING_WARNING, 'image prune', args);
      if (yes === undefined) return 0;
      // Declined: 18.03 reports nothing reclaimed; today's CLI exits 0 silently ("cancelled").
      if (!yes) {
        if (cx.profile.cli.pruneDeclined === 'report') cx.out('Total reclaimed space: 0B\n');
        return 0;
      }
    }
    const { lines, spaceReclaimed } = pruneImages(cx.ctx, cx.host, { all });
    if (lines.length > 0) cx.out(`Deleted Images:\n${lines.map((l) => `${l}\n`).join('')}\n`);
    cx.out(`Total reclaimed space: ${humanSize(spaceReclaimed)}\n`);
    return 0;
  },
};
