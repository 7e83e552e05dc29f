// `docker save [-o FILE] IMAGE...`: the archive goes to FILE, or to a redirected stdout.
import { isSimError, SimError } from '../../../engine/errors';
import { resolvePath } from '../../../engine/fs/path';
import { saveImages, writeArchive } from '../../../engine/images/imageArchive';
import type { DockerSubcommand } from './subcommand';

export const saveCommand: DockerSubcommand = {
  spec: {
    path: 'docker image save',
    usage: '[OPTIONS] IMAGE [IMAGE...]',
    description: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
    aliases: ['docker save'],
    args: { min: 1 },
    flags: [{ long: 'output', short: 'o', kind: 'string', description: 'Write to a file, instead of STDOUT' }],
  },
  run(cx, args) {
    const output = typeof args.flags.output === 'string' ? args.flags.output : undefined;
    if (output === undefined && cx.isTty) {
      cx.err('cowardly refusing to save to a terminal. Use the -o flag or redirect\n');
      return 1;
    }
    const { world } = cx.ctx;
    let archive;
    try {
      archive = saveImages(world, cx.host, args.positionals);
    } catch (e) {
      // 18.03's daemon answered a missing name from its reference store.
      if (isSimError(e) && e.kind === 'notFound' && cx.profile.name === 'classic') throw new SimError('reference does not exist', 'notFound');
      throw e;
    }
    if (output === undefined) {
      cx.out(archive.text);
      return 0;
    }
    try {
      writeArchive(world, cx.host, resolvePath(cx.frame.cwd, output, world.hosts[cx.host].home), archive);
    } catch (e) {
      if (!isSimError(e)) throw e;
      cx.err(`${e.message}\n`);
      return 1;
    }
    return 0;
  },
};
