// `docker-machine ls`: one row per VM; ACTIVE is `*` for the machine DOCKER_HOST points at.
import { listMachines, machineForDockerHost, machineState, machineUrl } from '../../../engine/machines/machines';
import { tabwrite, tableWriterOptions } from '../../format/tabwriter';
import type { CommandContext } from '../../types';
import { splitArgs } from './machineArgs';

export function machineLs(cx: CommandContext, args: string[]): number {
  const { flags } = splitArgs(args, ['filter', 'format', 'f', 'timeout', 't']);
  const world = cx.ctx.world;
  const active = cx.frame.env.DOCKER_HOST ? machineForDockerHost(world, cx.frame.env.DOCKER_HOST)?.name : undefined;
  const machines = listMachines(world);
  if (flags.q || flags.quiet) {
    cx.out(machines.map((h) => `${h.name}\n`).join(''));
    return 0;
  }
  let text = 'NAME\tACTIVE\tDRIVER\tSTATE\tURL\tSWARM\tDOCKER\tERRORS\n';
  for (const h of machines) {
    const running = machineState(h) === 'Running';
    const url = running ? machineUrl(h) : '';
    const docker = running ? `v${cx.profile.version}` : 'Unknown';
    text += `${h.name}\t${h.name === active ? '*' : '-'}\tvirtualbox\t${machineState(h)}\t${url}\t\t${docker}\t\n`;
  }
  // docker-machine's tabwriter: minwidth 5, padding 3.
  cx.out(tabwrite(text, { ...tableWriterOptions(5) }));
  return 0;
}
