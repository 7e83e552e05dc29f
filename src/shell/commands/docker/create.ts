import { createContainer } from '../../../engine/containers/createContainer';
import type { CommandSpec } from '../../cli/flagTypes';
import type { DockerSubcommand } from './subcommand';
import { containerFlags, nameFlag } from './containerFlags';
import { ensureImage } from './ensureImage';
import { errorText, reportRunError } from './errors';
import { toContainerSpec } from './runOptions';

export const createSpec: CommandSpec = {
  path: 'docker container create',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  description: 'Create a new container',
  aliases: ['docker create'],
  stopAtFirstPositional: true,
  args: { min: 1 },
  flags: [...containerFlags, nameFlag].sort((a, b) => (a.long < b.long ? -1 : 1)),
};

export const createCommand: DockerSubcommand = {
  spec: createSpec,
  // The dispatcher may pass the spec under the path typed (`docker run` vs `docker container run`).
  run(cx, args, typed: CommandSpec = createSpec) {
    const spec = toContainerSpec(args);
    if (!ensureImage(cx, typed, spec.image)) return 125;
    try {
      const c = createContainer(cx.ctx, cx.host, spec);
      cx.out(`${c.id}\n`);
      return 0;
    } catch (e) {
      return reportRunError(cx, typed, errorText(e), 125);
    }
  },
};
