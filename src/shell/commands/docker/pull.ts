// `docker pull [-q] NAME[:TAG|@DIGEST]`: the CLI parses the reference itself (its errors carry
// no daemon prefix), announces the default tag, then prints the daemon's progress lines.
import { isSimError } from '../../../engine/errors';
import { parseReference, pullImage } from '../../../engine/images';
import { tick } from '../../../engine/tick';
import { canPlayPull, startPullJob } from '../../jobs/dockerJobs/pullJob';
import type { DockerSubcommand } from './subcommand';

export const pullCommand: DockerSubcommand = {
  spec: {
    path: 'docker image pull',
    usage: '[OPTIONS] NAME[:TAG|@DIGEST]',
    description: 'Download an image from a registry',
    classicDescription: 'Pull an image or a repository from a registry',
    aliases: ['docker pull'],
    args: { exact: 1 },
    flags: [
      { long: 'all-tags', short: 'a', kind: 'bool', description: 'Download all tagged images in the repository' },
      { long: 'disable-content-trust', kind: 'bool', description: 'Skip image verification', defaultText: 'true' },
      { long: 'platform', kind: 'string', description: 'Set platform if server is multi-platform capable' },
      { long: 'quiet', short: 'q', kind: 'bool', description: 'Suppress verbose output' },
    ],
  },
  run(cx, args) {
    const ref = args.positionals[0];
    const quiet = args.flags.quiet === true;
    let parsed: ReturnType<typeof parseReference>;
    try {
      parsed = parseReference(cx.ctx.world, ref);
    } catch (e) {
      if (!isSimError(e)) throw e;
      cx.err(`${e.message}\n`);
      return 1;
    }
    if (args.flags['all-tags'] === true && !parsed.defaultTag) {
      cx.err("tag can't be used with --all-tags/-a\n");
      return 1;
    }
    if (parsed.defaultTag && args.flags['all-tags'] !== true && !quiet) cx.out('Using default tag: latest\n');
    const startedAt = cx.ctx.world.now;
    const play = !quiet && canPlayPull(cx);
    const result = pullImage(cx.ctx, cx.host, ref, { quiet, deferClock: play });
    const text = result.lines.map((l) => `${l}\n`).join('') + (result.finalLine ? `${result.finalLine}\n` : '');
    if (!play || result.progress.length === 0) {
      // Nothing to animate: the clock the job would have played out passes now.
      if (play) tick(cx.ctx, result.durationMs);
      cx.out(text);
      return 0;
    }
    // The `<tag>: Pulling from <repo>` line stays; the layer block below it is redrawn live.
    const [header] = result.lines;
    cx.out(`${header}\n`);
    startPullJob(cx, startedAt, { stream: 'stdout', durationMs: result.durationMs, layers: result.progress, finalText: text.slice(header.length + 1) });
    return 0;
  },
};
