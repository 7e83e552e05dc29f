// sleep: a foreground job on the virtual clock (the rest of the line runs when it ends).
import type { Command } from '../../types';
import { runtimeOf, ScriptBlocked } from '../../interp/runtime';
import { busyboxBanner } from './busyboxBanner';
import { BUSYBOX_SLEEP_USAGE } from '../../../engine/profile/busyboxProfile';

const UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

export const sleepCommand: Command = {
  name: 'sleep',
  summary: 'Wait for a number of seconds',
  run(cx, args) {
    const rt = runtimeOf(cx);
    const gnu = rt.style === 'gnu';
    if (args.length === 0) {
      cx.err(gnu ? "sleep: missing operand\nTry 'sleep --help' for more information.\n" : `${busyboxBanner(rt)}\n\n${BUSYBOX_SLEEP_USAGE}`);
      return 1;
    }
    let seconds = 0;
    for (const a of args) {
      const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(a);
      if (!m) {
        cx.err(gnu ? `sleep: invalid time interval ‘${a}’\nTry 'sleep --help' for more information.\n` : `sleep: invalid number '${a}'\n`);
        return 1;
      }
      seconds += Number(m[1]) * UNITS[m[2]];
    }
    const ms = Math.round(seconds * 1000);
    // A container's script looping with a sleep (`while true; do …; sleep 1; done`) would go on for ever.
    if (ms > 0 && !rt.jobsAllowed && rt.loopDepth > 0 && !rt.bgJob) throw new ScriptBlocked();
    if (ms === 0 || !rt.jobsAllowed) return 0;
    cx.startJob({ kind: 'sleep', startedAt: cx.ctx.world.now, data: { endsAt: cx.ctx.world.now + ms } });
    return 0;
  },
};
