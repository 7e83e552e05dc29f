// `docker system prune [-a] [--volumes] [-f]`: the era's confirmation list, then each pruner's
// report and the total. (Unused user networks are left to the networking commands.)
import { pruneContainers } from '../../../engine/containers/pruneContainers';
import { pruneImages } from '../../../engine/images';
import { pruneVolumes } from '../../../engine/volumes/volumes';
import { humanSize } from '../../format/units';
import type { CommandContext } from '../../types';
import { confirm } from './prompt';
import type { DockerSubcommand } from './subcommand';

function warning(cx: CommandContext, all: boolean, volumes: boolean): string {
  const m = cx.profile.cli;
  const classic = m.pruneDeclined === 'report';
  const items = ['all stopped containers', 'all networks not used by at least one container'];
  if (volumes) items.push(classic || all ? 'all volumes not used by at least one container' : 'all anonymous volumes not used by at least one container');
  items.push(all ? 'all images without at least one container associated to them' : 'all dangling images');
  items.push(classic ? 'all build cache' : all ? 'all build cache' : 'unused build cache');
  const list = items.map((i) => `\n${m.systemPruneBullet}${i}`).join('');
  return `WARNING! This will remove:${list}\n${classic ? '' : '\n'}Are you sure you want to continue?`;
}

export const systemPruneCommand: DockerSubcommand = {
  spec: {
    path: 'docker system prune',
    usage: '[OPTIONS]',
    description: 'Remove unused data',
    args: { max: 0 },
    flags: [
      { long: 'all', short: 'a', kind: 'bool', description: 'Remove all unused images not just dangling ones' },
      { long: 'filter', kind: 'stringArray', valueName: 'filter', description: `Provide filter values (e.g. "label=<key>=<value>")` },
      { long: 'force', short: 'f', kind: 'bool', description: 'Do not prompt for confirmation' },
      { long: 'volumes', kind: 'bool', description: 'Prune anonymous volumes' },
    ],
  },
  run(cx, args) {
    const all = args.flags.all === true;
    const withVolumes = args.flags.volumes === true;
    // Declined: 18.03 returns nil, today's CLI a "cancelled" error that main() exits 0 on, silently.
    if (args.flags.force !== true && !confirm(cx, warning(cx, all, withVolumes), 'system prune', args)) return 0;
    let total = 0;
    const report = (title: string, lines: string[]) => {
      if (lines.length > 0) cx.out(`${title}\n${lines.map((l) => `${l}\n`).join('')}\n`);
    };
    const containers = pruneContainers(cx.ctx, cx.host);
    total += containers.spaceReclaimed;
    report('Deleted Containers:', containers.deleted);
    if (withVolumes) {
      const classic = cx.profile.cli.pruneDeclined === 'report';
      const volumes = pruneVolumes(cx.ctx, cx.host, { all: all || classic });
      total += volumes.spaceReclaimed;
      report('Deleted Volumes:', volumes.deleted);
    }
    const images = pruneImages(cx.ctx, cx.host, { all });
    total += images.spaceReclaimed;
    report('Deleted Images:', images.lines);
    cx.out(`Total reclaimed space: ${humanSize(total)}\n`);
    return 0;
  },
};
