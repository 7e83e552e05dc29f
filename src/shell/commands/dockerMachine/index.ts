// `docker-machine`: the legacy tool that made VirtualBox VMs into docker hosts. Each machine is a
// separate host in the world with its own kernel, daemon, images and networks.
import { registerJobHandler } from '../../jobs/registry';
import type { Command, CommandContext } from '../../types';
import { fail } from './machineArgs';
import { machineEnv, machineIp } from './machineEnv';
import { machineJob } from './machineJob';
import { machineCreate, machineStart, machineStop } from './machineLifecycle';
import { machineLs } from './machineLs';
import { machineRm } from './machineRm';
import { machineSsh } from './machineSsh';
import { getMachine, machineState, machineUrl } from '../../../engine/machines/machines';

registerJobHandler(machineJob);

const VERSION = 'docker-machine version 0.16.2, build bd45ab13';

function machineStatus(cx: CommandContext, args: string[]): number {
  const name = args[0] ?? 'default';
  const host = getMachine(cx.ctx.world, name);
  if (!host) return fail(cx, `Host does not exist: "${name}"`);
  cx.out(`${machineState(host)}\n`);
  return 0;
}

function machineUrlCmd(cx: CommandContext, args: string[]): number {
  const name = args[0] ?? 'default';
  const host = getMachine(cx.ctx.world, name);
  if (!host) return fail(cx, `Host does not exist: "${name}"`);
  cx.out(machineState(host) === 'Running' ? `${machineUrl(host)}\n` : '\n');
  return 0;
}

const SUBCOMMANDS: Record<string, (cx: CommandContext, args: string[]) => number> = {
  create: machineCreate,
  ls: machineLs,
  ip: machineIp,
  ssh: machineSsh,
  env: machineEnv,
  start: machineStart,
  stop: machineStop,
  rm: machineRm,
  status: machineStatus,
  url: machineUrlCmd,
};

/** The subcommand names, for Tab completion. */
export const MACHINE_SUBCOMMANDS: readonly string[] = Object.keys(SUBCOMMANDS);

const USAGE = `Usage: docker-machine [OPTIONS] COMMAND [arg...]

Create and manage machines running Docker.

Version: 0.16.2, build bd45ab13

Author:
  Docker Machine Contributors - <https://github.com/docker/machine>

Commands:
  create		Create a machine
  env			Display the commands to set up the environment for the Docker client
  ip			Get the IP address of a machine
  ls			List machines
  rm			Remove a machine
  ssh			Log into or run a command on a machine with SSH.
  start			Start a machine
  status		Get the status of a machine
  stop			Stop a machine
  url			Get the URL of a machine

Run 'docker-machine COMMAND --help' for more information on a command.
`;

export const dockerMachineCommand: Command = {
  name: 'docker-machine',
  summary: 'Create and manage machines running Docker',
  run(cx, args) {
    const [sub, ...rest] = args;
    if (sub === '--version' || sub === '-v' || sub === 'version') {
      cx.out(`${VERSION}\n`);
      return 0;
    }
    if (sub === undefined || sub === 'help' || sub === '--help' || sub === '-h') {
      cx.out(USAGE);
      return 0;
    }
    const run = Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
    if (!run) {
      cx.err(`docker-machine: '${sub}' is not a docker-machine command.\nSee 'docker-machine --help'.\n`);
      return 1;
    }
    return run(cx, rest);
  },
};
