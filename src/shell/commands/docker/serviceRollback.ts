// `docker service rollback [-d] SERVICE`: back to the previous spec; prints the name as typed,
// then the progress display with `rollback: manually requested rollback`.
import { rollbackService } from '../../../engine/swarm/services';
import { reportDaemonError } from './errors';
import { followService } from './serviceCreate';
import type { DockerSubcommand } from './subcommand';

export const serviceRollbackCommand: DockerSubcommand = {
  spec: {
    path: 'docker service rollback',
    usage: '[OPTIONS] SERVICE',
    description: "Revert changes to a service's configuration",
    args: { exact: 1 },
    flags: [
      { long: 'detach', short: 'd', kind: 'bool', description: 'Exit immediately instead of waiting for the service to converge' },
      { long: 'quiet', short: 'q', kind: 'bool', description: 'Suppress progress output' },
    ],
  },
  run(cx, args) {
    const ref = args.positionals[0];
    let service;
    try {
      service = rollbackService(cx.ctx, cx.host, ref);
    } catch (e) {
      return reportDaemonError(cx, e);
    }
    cx.out(`${ref}\n`);
    if (args.flags.quiet !== true) followService(cx, args.flags.detach === true, service.id, ref);
    return 0;
  },
};
