import { findContainer } from '../../../engine/containers/findContainer';
import type { DockerSubcommand } from './subcommand';
import { attachAfterStart } from './attachContainer';
import { reportNotFound } from './errors';

export const attachCommand: DockerSubcommand = {
  spec: {
    path: 'docker container attach',
    usage: '[OPTIONS] CONTAINER',
    description: 'Attach local standard input, output, and error streams to a running container',
    aliases: ['docker attach'],
    args: { exact: 1 },
    flags: [
      { long: 'detach-keys', kind: 'string', valueName: 'string', description: 'Override the key sequence for detaching a container' },
      { long: 'no-stdin', kind: 'bool', description: 'Do not attach STDIN' },
      { long: 'sig-proxy', kind: 'bool', description: 'Proxy all received signals to the process', defaultText: 'true' },
    ],
  },
  run(cx, args) {
    const ref = args.positionals[0];
    let c;
    try {
      c = findContainer(cx.ctx.world, cx.host, ref);
    } catch (e) {
      return reportNotFound(cx, 'container', ref, e);
    }
    const m = cx.profile.containerCli;
    if (c.state.status !== 'running' && c.state.status !== 'paused') {
      cx.err(`${m.attachStopped}\n`);
      return 1;
    }
    if (c.state.status === 'paused') {
      cx.err(`${m.attachPaused}\n`);
      return 1;
    }
    // Attaching shows only what the container writes from now on.
    return attachAfterStart(cx, c, c.logs.length, { stdin: args.flags['no-stdin'] !== true });
  },
};
