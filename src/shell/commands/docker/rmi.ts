// `docker rmi [-f] [--no-prune] IMAGE...`: the Untagged/Deleted lines of each image, then every
// failure, one per line, after them (docker/cli joins the errors), exit 1 if any.
import { removeImage } from '../../../engine/images/removeImage';
import { notFoundText } from './inspectOutput';
import type { DockerSubcommand } from './subcommand';

export const rmiCommand: DockerSubcommand = {
  spec: {
    path: 'docker image rm',
    usage: '[OPTIONS] IMAGE [IMAGE...]',
    description: 'Remove one or more images',
    aliases: ['docker image remove', 'docker rmi'],
    args: { min: 1 },
    flags: [
      { long: 'force', short: 'f', kind: 'bool', description: 'Force removal of the image' },
      { long: 'no-prune', kind: 'bool', description: 'Do not delete untagged parents' },
    ],
  },
  run(cx, args) {
    const errors: string[] = [];
    for (const ref of args.positionals) {
      try {
        const lines = removeImage(cx.ctx, cx.host, ref, { force: args.flags.force === true, noPrune: args.flags['no-prune'] === true });
        cx.out(lines.map((l) => `${l}\n`).join(''));
      } catch (e) {
        errors.push(notFoundText(cx, 'image', ref, e));
      }
    }
    if (errors.length === 0) return 0;
    cx.err(`${errors.join('\n')}\n`);
    return 1;
  },
};
