// `docker service update [--replicas N] [-d] SERVICE`: prints the service name, then follows
// convergence. (The rolling --image update, --publish-add/rm and --force come later.)
import { scaleService } from '../../../engine/swarm/services';
import { reportDaemonError } from './errors';
import { followService, SERVICE_SPEC_FLAGS } from './serviceCreate';
import type { DockerSubcommand } from './subcommand';

export const serviceUpdateCommand: DockerSubcommand = {
  spec: {
    path: 'docker service update',
    usage: '[OPTIONS] SERVICE',
    description: 'Update a service',
    args: { exact: 1 },
    flags: SERVICE_SPEC_FLAGS.filter((f) => f.long !== 'name' && f.long !== 'mode'),
  },
  run(cx, args) {
    const ref = args.positionals[0];
    try {
      const service = args.flags.replicas !== undefined ? scaleService(cx.ctx, cx.host, ref, args.flags.replicas as number) : undefined;
      cx.out(`${ref}\n`);
      if (service) followService(cx, args.flags.detach === true, service.id, ref);
      return 0;
    } catch (e) {
      return reportDaemonError(cx, e);
    }
  },
};
