// `docker push NAME[:TAG]`: the daemon's lines on stdout, its error (denied, no such tag) on stderr.
import { isSimError } from '../../../engine/errors';
import { parseReference } from '../../../engine/images/parseReference';
import { pushImage } from '../../../engine/images/pushImage';
import type { DockerSubcommand } from './subcommand';

export const pushCommand: DockerSubcommand = {
  spec: {
    path: 'docker image push',
    usage: '[OPTIONS] NAME[:TAG]',
    description: 'Upload an image to a registry',
    classicDescription: 'Push an image or a repository to a registry',
    aliases: ['docker push'],
    args: { exact: 1 },
    flags: [
      { long: 'all-tags', short: 'a', kind: 'bool', description: 'Push all tags of an image to the repository' },
      { long: 'quiet', short: 'q', kind: 'bool', description: 'Suppress verbose output' },
    ],
  },
  run(cx, args) {
    const [ref] = args.positionals;
    const classic = cx.profile.name === 'classic';
    let parsed;
    try {
      parsed = parseReference(cx.ctx.world, ref);
    } catch (e) {
      if (!isSimError(e)) throw e;
      cx.err(`${e.message}\n`);
      return 1;
    }
    const allTags = args.flags['all-tags'] === true || (classic && parsed.defaultTag);
    if (!classic && args.flags['all-tags'] === true && !parsed.defaultTag) {
      cx.err("tag can't be used with --all-tags/-a\n");
      return 1;
    }
    const quiet = args.flags.quiet === true;
    // Current CLIs name the tag they chose; 18.03 pushed every tag of the repository instead.
    if (!classic && parsed.defaultTag && !allTags && !quiet) cx.out('Using default tag: latest\n');
    const result = pushImage(cx.ctx, cx.host, ref, { allTags });
    if (!quiet) cx.out(result.lines.map((l) => `${l}\n`).join(''));
    if (result.error !== undefined) {
      cx.err(`${result.error}\n`);
      return 1;
    }
    if (quiet) cx.out(`${parsed.full}\n`);
    return 0;
  },
};
