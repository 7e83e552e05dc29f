import { findContainer } from '../../../engine/containers/findContainer';
import { startContainer } from '../../../engine/containers/startContainer';
import type { DockerSubcommand } from './subcommand';
import { attachAfterStart } from './attachContainer';
import { reportDaemonError, reportNotFound } from './errors';

export const startCommand: DockerSubcommand = {
  spec: {
    path: 'docker container start',
    usage: '[OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Start one or more stopped containers',
    aliases: ['docker start'],
    args: { min: 1 },
    flags: [
      { long: 'attach', short: 'a', kind: 'bool', description: 'Attach STDOUT/STDERR and forward signals' },
      { long: 'detach-keys', kind: 'string', valueName: 'string', description: 'Override the key sequence for detaching a container' },
      { long: 'interactive', short: 'i', kind: 'bool', description: "Attach container's STDIN" },
    ],
  },
  run(cx, args) {
    const refs = args.positionals;
    const attach = args.flags.attach === true;
    const stdin = args.flags.interactive === true;
    if (attach || stdin) {
      if (refs.length > 1) {
        cx.err(`${cx.profile.containerCli.startAttachMany}\n`);
        return 1;
      }
      // Attaching starts with an inspect, whose 404 18.03's client words itself.
      let c: ReturnType<typeof findContainer>;
      try {
        c = findContainer(cx.ctx.world, cx.host, refs[0]);
      } catch (e) {
        return reportNotFound(cx, 'container', refs[0], e);
      }
      try {
        const cursor = c.logs.length;
        startContainer(cx.ctx, cx.host, c.id);
        return attachAfterStart(cx, c, cursor, { stdin });
      } catch (e) {
        return reportDaemonError(cx, e);
      }
    }
    const failed: string[] = [];
    for (const ref of refs) {
      try {
        startContainer(cx.ctx, cx.host, ref);
        cx.out(`${ref}\n`);
      } catch (e) {
        reportDaemonError(cx, e);
        failed.push(ref);
      }
    }
    if (failed.length === 0) return 0;
    cx.err(`${cx.profile.containerCli.startFailed.replace('%s', failed.join(', '))}\n`);
    return 1;
  },
};
