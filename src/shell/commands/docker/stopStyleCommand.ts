// stop and restart share docker/cli's flags (-s/--signal, -t/--timeout with the hidden --time)
// and the same loop over containers; only the engine operation and the help line differ.
import type { Ctx } from '../../../engine/ctx';
import type { DockerSubcommand } from './subcommand';
import { forEachContainer } from './containerBatch';

type StopOperation = (ctx: Ctx, host: string, ref: string, timeoutSec: number) => unknown;

export function stopStyleCommand(verb: 'stop' | 'restart', description: string, operation: StopOperation): DockerSubcommand {
  return {
    spec: {
      path: `docker container ${verb}`,
      usage: '[OPTIONS] CONTAINER [CONTAINER...]',
      description,
      aliases: [`docker ${verb}`],
      args: { min: 1 },
      flags: [
        { long: 'signal', short: 's', kind: 'string', valueName: 'string', description: 'Signal to send to the container' },
        {
          long: 'timeout',
          short: 't',
          kind: 'int',
          valueName: 'int',
          description: 'Seconds to wait before killing the container',
          aliases: ['time'],
        },
      ],
    },
    run(cx, args) {
      const t = args.flags.timeout;
      const timeout = typeof t === 'number' && t >= 0 ? t : 10;
      return forEachContainer(cx, args.positionals, (ref) => operation(cx.ctx, cx.host, ref, timeout));
    },
  };
}
