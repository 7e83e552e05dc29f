// `docker logout [SERVER]`: forgets the stored Hub credentials of this host.
import { eraseLogin, INDEX_SERVER, loggedInUser } from '../../../engine/images/dockerAuth';
import type { DockerSubcommand } from './subcommand';

export const logoutCommand: DockerSubcommand = {
  spec: {
    path: 'docker logout',
    usage: '[SERVER]',
    description: 'Log out from a registry',
    classicDescription: 'Log out from a Docker registry',
    args: { max: 1 },
    flags: [],
  },
  run(cx, args) {
    const server = args.positionals[0] ?? INDEX_SERVER;
    const { world } = cx.ctx;
    // 18.03 said so when nothing was stored; current CLIs always print the removal line.
    if (cx.profile.name === 'classic' && loggedInUser(world, cx.host, server) === undefined) {
      cx.out(`Not logged in to ${server}\n`);
      return 0;
    }
    cx.out(`Removing login credentials for ${server}\n`);
    eraseLogin(world, cx.host, server);
    return 0;
  },
};
