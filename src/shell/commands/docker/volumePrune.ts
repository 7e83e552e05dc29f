// `docker volume prune [-a] [-f]`: asks first, then lists what went and the space reclaimed.
import { pruneVolumes } from '../../../engine/volumes/volumes';
import { humanSize } from '../../format/units';
import { confirm } from './prompt';
import type { DockerSubcommand } from './subcommand';

export const volumePruneCommand: DockerSubcommand = {
  spec: {
    path: 'docker volume prune',
    usage: '[OPTIONS]',
    description: 'Remove unused local volumes',
    classicDescription: 'Remove all unused local volumes',
    args: { max: 0 },
    flags: [
      { long: 'all', short: 'a', kind: 'bool', description: 'Remove all unused volumes, not just anonymous ones' },
      { long: 'filter', kind: 'stringArray', valueName: 'filter', description: `Provide filter values (e.g. "label=<label>")` },
      { long: 'force', short: 'f', kind: 'bool', description: 'Do not prompt for confirmation' },
    ],
  },
  run(cx, args) {
    const m = cx.profile.cli;
    // 18.03 pruned every unused volume; the anonymous-only default came with API 1.42.
    const all = args.flags.all === true || m.volumePruneWarning === m.volumePruneAllWarning;
    if (args.flags.force !== true) {
      const yes = confirm(cx, all ? m.volumePruneAllWarning : m.volumePruneWarning, 'volume prune', args);
      if (yes === undefined) return 0;
      // Declined: 18.03 reports nothing reclaimed; today's CLI exits 0 silently ("cancelled").
      if (!yes) {
        if (m.pruneDeclined === 'report') cx.out('Total reclaimed space: 0B\n');
        return 0;
      }
    }
    const { deleted, spaceReclaimed } = pruneVolumes(cx.ctx, cx.host, { all });
    if (deleted.length > 0) cx.out(`Deleted Volumes:\n${deleted.map((n) => `${n}\n`).join('')}\n`);
    cx.out(`Total reclaimed space: ${humanSize(spaceReclaimed)}\n`);
    return 0;
  },
};
