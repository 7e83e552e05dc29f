// `docker service rm SERVICE…`: echoes each name; the nodes remove the tasks' containers.
import { isSimError } from '../../../engine/errors';
import { removeService } from '../../../engine/swarm/services';
import { reportDaemonError } from './errors';
import type { DockerSubcommand } from './subcommand';

export const serviceRmCommand: DockerSubcommand = {
  spec: {
    path: 'docker service rm',
    usage: 'SERVICE [SERVICE...]',
    description: 'Remove one or more services',
    aliases: ['docker service remove'],
    args: { min: 1 },
    flags: [],
  },
  run(cx, args) {
    let code = 0;
    for (const ref of args.positionals) {
      try {
        removeService(cx.ctx, cx.host, ref);
        cx.out(`${ref}\n`);
      } catch (e) {
        // The client wraps the daemon's 404 (client/errors.go objectNotFoundError).
        if (isSimError(e) && e.kind === 'notFound') {
          cx.err(`Error: No such service: ${ref}\n`);
          code = 1;
        } else code = reportDaemonError(cx, e);
      }
    }
    return code;
  },
};
