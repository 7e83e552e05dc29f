// `docker volume inspect [-f FORMAT] VOLUME...`.
import { getVolume } from '../../../engine/volumes/volumes';
import { runInspect, notFoundText } from './inspectOutput';
import { volumeJson } from './objectJson';
import type { DockerSubcommand } from './subcommand';

export const volumeInspectCommand: DockerSubcommand = {
  spec: {
    path: 'docker volume inspect',
    usage: '[OPTIONS] VOLUME [VOLUME...]',
    description: 'Display detailed information on one or more volumes',
    args: { min: 1 },
    flags: [{ long: 'format', short: 'f', kind: 'string', description: 'Format output using a custom template' }],
  },
  run(cx, args) {
    return runInspect(cx, args.positionals, args.flags.format as string | undefined, (ref) => {
      try {
        return { value: volumeJson(getVolume(cx.ctx.world, cx.host, ref)) };
      } catch (e) {
        return { error: notFoundText(cx, 'volume', ref, e) };
      }
    });
  },
};
