// `docker volume rm [-f] VOLUME...`: echoes each removed name; failures go to stderr, exit 1.
import { isSimError } from '../../../engine/errors';
import { removeVolume } from '../../../engine/volumes/volumes';
import { errorText } from './errors';
import type { DockerSubcommand } from './subcommand';

export const volumeRmCommand: DockerSubcommand = {
  spec: {
    path: 'docker volume rm',
    usage: '[OPTIONS] VOLUME [VOLUME...]',
    description: 'Remove one or more volumes',
    aliases: ['docker volume remove'],
    args: { min: 1 },
    flags: [{ long: 'force', short: 'f', kind: 'bool', description: 'Force the removal of one or more volumes' }],
  },
  run(cx, args) {
    let code = 0;
    for (const name of args.positionals) {
      try {
        removeVolume(cx.ctx, cx.host, name);
        cx.out(`${name}\n`);
      } catch (e) {
        if (args.flags.force === true && isSimError(e) && e.kind === 'notFound') continue;
        cx.err(`${errorText(e)}\n`);
        code = 1;
      }
    }
    return code;
  },
};
