// `docker load [-i FILE] [-q]`: restores the images of a `docker save` archive.
import { resolvePath } from '../../../engine/fs/path';
import { hostVfs } from '../../../engine/fs/hostVfs';
import { isVfsError } from '../../../engine/fs/vfs';
import { loadImages } from '../../../engine/images/imageArchive';
import { humanSizeWithPrecision } from '../../format/units';
import type { DockerSubcommand } from './subcommand';

export const loadCommand: DockerSubcommand = {
  spec: {
    path: 'docker image load',
    usage: '[OPTIONS]',
    description: 'Load an image from a tar archive or STDIN',
    aliases: ['docker load'],
    args: { exact: 0 },
    flags: [
      { long: 'input', short: 'i', kind: 'string', description: 'Read from tar archive file, instead of STDIN' },
      { long: 'quiet', short: 'q', kind: 'bool', description: 'Suppress the load output' },
    ],
  },
  run(cx, args) {
    const input = typeof args.flags.input === 'string' ? args.flags.input : undefined;
    const { world } = cx.ctx;
    let text: string;
    if (input === undefined) {
      if (cx.stdin === '') {
        cx.err('requested load from stdin, but stdin is empty\n');
        return 1;
      }
      text = cx.stdin;
    } else {
      try {
        text = hostVfs(world, cx.host).readFile(resolvePath(cx.frame.cwd, input, world.hosts[cx.host].home));
      } catch (e) {
        if (!isVfsError(e)) throw e;
        cx.err(`open ${input}: ${e.message.toLowerCase()}\n`);
        return 1;
      }
    }
    const { layers, loaded } = loadImages(cx.ctx, cx.host, text);
    // The progress bars are only drawn on a terminal; quiet or piped output keeps the names.
    if (args.flags.quiet !== true && cx.isTty) {
      for (const l of layers) {
        const size = humanSizeWithPrecision(l.size, 4);
        cx.out(`${l.id}: Loading layer [${'='.repeat(50)}>] ${size.padStart(8)}/${size}\n`);
      }
    }
    cx.out(loaded.map((l) => `${l}\n`).join(''));
    return 0;
  },
};
