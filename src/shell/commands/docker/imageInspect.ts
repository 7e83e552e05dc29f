// `docker image inspect [-f FORMAT] IMAGE...`.
import { imageInspectJson, resolveImage } from '../../../engine/images';
import { notFoundText, runInspect } from './inspectOutput';
import type { DockerSubcommand } from './subcommand';

export const imageInspectCommand: DockerSubcommand = {
  spec: {
    path: 'docker image inspect',
    usage: '[OPTIONS] IMAGE [IMAGE...]',
    description: 'Display detailed information on one or more images',
    args: { min: 1 },
    flags: [{ long: 'format', short: 'f', kind: 'string', description: 'Format output using a custom template' }],
  },
  run(cx, args) {
    const { world } = cx.ctx;
    return runInspect(cx, args.positionals, args.flags.format as string | undefined, (ref) => {
      try {
        return { value: imageInspectJson(world, cx.host, resolveImage(world, cx.host, ref)) };
      } catch (e) {
        return { error: notFoundText(cx, 'image', ref, e) };
      }
    });
  },
};
