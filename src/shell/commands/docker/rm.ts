import { removeContainer } from '../../../engine/containers/removeContainer';
import { isSimError } from '../../../engine/errors';
import type { DockerSubcommand } from './subcommand';
import { forEachContainer } from './containerBatch';
import { reportNotFound } from './errors';

export const rmCommand: DockerSubcommand = {
  spec: {
    path: 'docker container rm',
    usage: '[OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Remove one or more containers',
    aliases: ['docker container remove', 'docker rm'],
    args: { min: 1 },
    flags: [
      { long: 'force', short: 'f', kind: 'bool', description: 'Force the removal of a running container (uses SIGKILL)' },
      { long: 'link', short: 'l', kind: 'bool', description: 'Remove the specified link' },
      { long: 'volumes', short: 'v', kind: 'bool', description: 'Remove anonymous volumes associated with the container' },
    ],
  },
  run(cx, args) {
    const force = args.flags.force === true;
    const volumes = args.flags.volumes === true;
    const skipMissing = force && cx.profile.containerCli.rmForceSkipsMissing;
    const failedRefs = new Map<unknown, string>();
    return forEachContainer(
      cx,
      args.positionals,
      (ref) => {
        try {
          removeContainer(cx.ctx, cx.host, ref.replace(/^\/+|\/+$/g, ''), { force, volumes });
        } catch (e) {
          failedRefs.set(e, ref);
          throw e;
        }
      },
      {
        skipError: (e) => skipMissing && isSimError(e) && e.kind === 'notFound',
        report: (e) => reportNotFound(cx, 'container', failedRefs.get(e) ?? '', e),
      },
    );
  },
};
