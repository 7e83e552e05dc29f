// `docker login [-u USER] [-p PASS | --password-stdin] [SERVER]`: the simulated Hub accepts any
// non-empty credentials; they go to ~/.docker/config.json on this host (engine/images/dockerAuth).
import { dockerConfigPath, storeLogin } from '../../../engine/images/dockerAuth';
import type { DockerSubcommand } from './subcommand';

export const loginCommand: DockerSubcommand = {
  spec: {
    path: 'docker login',
    usage: '[OPTIONS] [SERVER]',
    description: 'Authenticate to a registry',
    classicDescription: 'Log in to a Docker registry',
    args: { max: 1 },
    flags: [
      { long: 'password', short: 'p', kind: 'string', description: 'Password or Personal Access Token (PAT)' },
      { long: 'password-stdin', kind: 'bool', description: 'Take the Password or Personal Access Token (PAT) from stdin' },
      { long: 'username', short: 'u', kind: 'string', description: 'Username' },
    ],
  },
  run(cx, args) {
    const f = args.flags;
    const classic = cx.profile.name === 'classic';
    let user = typeof f.username === 'string' ? f.username : '';
    let password = typeof f.password === 'string' ? f.password : '';
    if (password !== '') cx.err('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
    if (f['password-stdin'] === true) {
      if (user === '') return fail(cx, classic ? 'Must provide --username with --password-stdin' : 'username is empty');
      password = cx.stdin.replace(/(\r\n|\n|\r)$/, '');
      if (password.trim() === '') return fail(cx, classic ? 'Error: Password Required' : 'password is empty');
    }
    user = user.trim();
    // No prompts here: the simulator's terminal cannot ask for a username (a real TTY would).
    if (user === '' || password === '') {
      return fail(cx, classic ? 'Error: Cannot perform an interactive login from a non TTY device' : 'error: cannot perform an interactive login from a non-TTY device');
    }
    const server = args.positionals[0];
    if (server !== undefined && server !== 'docker.io' && server !== 'https://index.docker.io/v1/') {
      return fail(cx, `Error response from daemon: Get "https://${server}/v2/": dial tcp: lookup ${server}: no such host`);
    }
    const { world } = cx.ctx;
    const stored = storeLogin(world, cx.host, user, password);
    if (stored) {
      const file = dockerConfigPath(world, cx.host);
      cx.err(
        classic
          ? `WARNING! Your password will be stored unencrypted in ${file}.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/engine/reference/commandline/login/#credentials-store\n\n`
          : `\nWARNING! Your credentials are stored unencrypted in '${file}'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n`,
      );
    }
    cx.out('Login Succeeded\n');
    return 0;
  },
};

function fail(cx: Parameters<DockerSubcommand['run']>[0], text: string): number {
  cx.err(`${text}\n`);
  return 1;
}
