// `docker-machine env NAME`: the export lines that point the docker client at the VM's daemon,
// and `ip NAME`.
import { getMachine, isMachineRunning, machineUrl } from '../../../engine/machines/machines';
import type { CommandContext } from '../../types';
import { fail, NO_DEFAULT, splitArgs, targetName } from './machineArgs';

export function machineEnv(cx: CommandContext, args: string[]): number {
  const { flags, names } = splitArgs(args, ['shell']);
  const name = targetName(cx.ctx.world, names);
  if (!name) return fail(cx, NO_DEFAULT);
  const unset = flags.u === true || flags.unset === true;
  if (unset) {
    cx.out('unset DOCKER_TLS_VERIFY\nunset DOCKER_HOST\nunset DOCKER_CERT_PATH\nunset DOCKER_MACHINE_NAME\n');
    cx.out('# Run this command to configure your shell: \n# eval $(docker-machine env -u)\n');
    return 0;
  }
  const host = getMachine(cx.ctx.world, name);
  if (!host) return fail(cx, `Host does not exist: "${name}"`);
  if (!isMachineRunning(host)) return fail(cx, `Error checking TLS connection: Host is not running`);
  const certPath = `${cx.frame.env.HOME ?? '/home/docker'}/.docker/machine/machines/${name}`;
  cx.out(
    `export DOCKER_TLS_VERIFY="1"\nexport DOCKER_HOST="${machineUrl(host)}"\nexport DOCKER_CERT_PATH="${certPath}"\nexport DOCKER_MACHINE_NAME="${name}"\n` +
      `# Run this command to configure your shell: \n# eval $(docker-machine env${names.length > 0 ? ` ${name}` : ''})\n`,
  );
  return 0;
}

export function machineIp(cx: CommandContext, args: string[]): number {
  const { names } = splitArgs(args);
  const targets = names.length > 0 ? names : [targetName(cx.ctx.world, names)];
  if (targets[0] === undefined) return fail(cx, NO_DEFAULT);
  let code = 0;
  for (const name of targets as string[]) {
    const host = getMachine(cx.ctx.world, name);
    if (!host) {
      code = fail(cx, `Host does not exist: "${name}"`);
      continue;
    }
    if (!isMachineRunning(host)) {
      code = fail(cx, 'Error getting IP address: Host is not running');
      continue;
    }
    cx.out(`${host.ip}\n`);
  }
  return code;
}
