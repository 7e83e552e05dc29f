// `docker-machine create | start | stop`: checks happen at once; the progress lines follow on
// the virtual clock as a foreground job (machineJob.ts).
import { isSimError } from '../../../engine/errors';
import { beginStartMachine, createMachine, stopMachine } from '../../../engine/machines/machineOps';
import type { CommandContext } from '../../types';
import { fail, NO_DEFAULT, splitArgs, targetName } from './machineArgs';
import { MACHINE_JOB, printDue, type MachineAction, type MachineJobData } from './machineJob';

const CREATE_VALUED = ['driver', 'd', 'virtualbox-memory', 'virtualbox-cpu-count', 'virtualbox-disk-size', 'virtualbox-boot2docker-url', 'engine-label', 'engine-opt', 'engine-env', 'swarm-discovery'];

function startProgress(cx: CommandContext, action: MachineAction, name: string): number {
  const data: MachineJobData = { action, name, printed: 0 };
  const startedAt = cx.ctx.world.now;
  printDue(cx, startedAt, data);
  cx.startJob({ kind: MACHINE_JOB, startedAt, data });
  return 0;
}

function attempt(cx: CommandContext, op: () => void): boolean {
  try {
    op();
    return true;
  } catch (e) {
    if (!isSimError(e)) throw e;
    cx.err(`${e.message}\n`);
    return false;
  }
}

export function machineCreate(cx: CommandContext, args: string[]): number {
  const { flags, names } = splitArgs(args, CREATE_VALUED);
  const driver = (flags.driver ?? flags.d ?? 'virtualbox') as string;
  if (names.length === 0) return fail(cx, 'Error: No machine name specified');
  if (driver !== 'virtualbox') return fail(cx, `Driver "${driver}" not found. Do you have the plugin binary "docker-machine-driver-${driver}" accessible in your PATH?`);
  const name = names[0];
  if (!attempt(cx, () => createMachine(cx.ctx, name))) return 1;
  return startProgress(cx, 'create', name);
}

export function machineStart(cx: CommandContext, args: string[]): number {
  const name = targetName(cx.ctx.world, splitArgs(args).names);
  if (!name) return fail(cx, NO_DEFAULT);
  if (!attempt(cx, () => beginStartMachine(cx.ctx, name))) return 1;
  return startProgress(cx, 'start', name);
}

export function machineStop(cx: CommandContext, args: string[]): number {
  const name = targetName(cx.ctx.world, splitArgs(args).names);
  if (!name) return fail(cx, NO_DEFAULT);
  if (!attempt(cx, () => stopMachine(cx.ctx, name))) return 1;
  return startProgress(cx, 'stop', name);
}
