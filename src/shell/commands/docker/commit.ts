// `docker commit [-a] [-c] [-m] CONTAINER [REPOSITORY[:TAG]]`: prints the new image's full id.
import { isSimError } from '../../../engine/errors';
import { commitContainer } from '../../../engine/images/commitContainer';
import { parseReference } from '../../../engine/images/parseReference';
import type { DockerSubcommand } from './subcommand';

export const commitCommand: DockerSubcommand = {
  spec: {
    path: 'docker container commit',
    usage: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
    description: "Create a new image from a container's changes",
    aliases: ['docker commit'],
    args: { min: 1, max: 2 },
    flags: [
      { long: 'author', short: 'a', kind: 'string', description: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' },
      { long: 'change', short: 'c', kind: 'stringArray', valueName: 'list', description: 'Apply Dockerfile instruction to the created image' },
      { long: 'message', short: 'm', kind: 'string', description: 'Commit message' },
      { long: 'pause', short: 'p', kind: 'bool', description: 'Pause container during commit', defaultText: 'true' },
    ],
  },
  run(cx, args) {
    const [container, repoTag] = args.positionals;
    const f = args.flags;
    // The CLI parses the reference itself, so its error has no daemon prefix.
    if (repoTag !== undefined) {
      try {
        parseReference(cx.ctx.world, repoTag);
      } catch (e) {
        if (!isSimError(e)) throw e;
        cx.err(`${e.message}\n`);
        return 1;
      }
    }
    const id = commitContainer(cx.ctx, cx.host, container, {
      repoTag,
      message: typeof f.message === 'string' ? f.message : undefined,
      author: typeof f.author === 'string' ? f.author : undefined,
      changes: Array.isArray(f.change) ? f.change : undefined,
    });
    cx.out(`sha256:${id}\n`);
    return 0;
  },
};
