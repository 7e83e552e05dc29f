// `docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]`: silent on success.
import { tagImage } from '../../../engine/images/tagImage';
import type { DockerSubcommand } from './subcommand';

export const tagCommand: DockerSubcommand = {
  spec: {
    path: 'docker image tag',
    usage: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
    description: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
    aliases: ['docker tag'],
    args: { exact: 2 },
    flags: [],
  },
  run(cx, args) {
    const [source, target] = args.positionals;
    tagImage(cx.ctx, cx.host, source, target);
    return 0;
  },
};
