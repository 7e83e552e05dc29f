// `docker service scale SERVICE=REPLICAS…`: `web scaled to 5` per service, then the progress
// display of each (unless -d).
import { requireManager } from '../../../engine/swarm/cluster';
import { mustFindService, scaleService } from '../../../engine/swarm/services';
import { reportDaemonError } from './errors';
import { followService } from './serviceCreate';
import type { DockerSubcommand } from './subcommand';

export const serviceScaleCommand: DockerSubcommand = {
  spec: {
    path: 'docker service scale',
    usage: 'SERVICE=REPLICAS [SERVICE=REPLICAS...]',
    description: 'Scale one or multiple replicated services',
    args: { min: 1 },
    flags: [{ long: 'detach', short: 'd', kind: 'bool', description: 'Exit immediately instead of waiting for the service to converge' }],
  },
  run(cx, args) {
    for (const arg of args.positionals) {
      const [name, n] = arg.split('=');
      if (n === undefined || !/^\d+$/.test(n) || !name) {
        cx.err(`Invalid scale specifier '${arg}'.\nSee 'docker service scale --help'.\n\nUsage:  docker service scale SERVICE=REPLICAS [SERVICE=REPLICAS...]\n\nScale one or multiple replicated services\n`);
        return 1;
      }
    }
    let failed = false;
    let last: { id: string; ref: string } | undefined;
    for (const arg of args.positionals) {
      const [name, n] = arg.split('=');
      try {
        const { cluster } = requireManager(cx.ctx.world, cx.host);
        const existing = mustFindService(cluster, name);
        if (existing.spec.mode !== 'replicated') throw new Error(cx.profile.swarm.scaleGlobal);
        const s = scaleService(cx.ctx, cx.host, name, Number(n));
        cx.out(`${name} scaled to ${n}\n`);
        last = { id: s.id, ref: name };
      } catch (e) {
        failed = true;
        if (e instanceof Error && e.message === cx.profile.swarm.scaleGlobal) cx.err(`${name}: ${e.message}\n`);
        else reportDaemonError(cx, e);
      }
    }
    if (last && args.positionals.length === 1) followService(cx, args.flags.detach === true, last.id, last.ref);
    return failed ? 1 : 0;
  },
};
