// busybox `netstat` for internet sockets: -t/-u pick the protocols (both by default), -l only
// listening ones, -a all, -p the owning program. Addresses are always shown numerically.
import { getListeningSockets } from '../../../../engine/queries/netInterfaces';
import type { Command } from '../../../types';
import { badOption, parseOpts } from '../util';
import { netScopeOf } from './netScope';

export const netstatCommand: Command = {
  name: 'netstat',
  summary: 'Show network sockets',
  run(cx, args) {
    const o = parseOpts(args, 'tulnpae');
    if ('bad' in o) return badOption(cx, 'netstat', o);
    const tcp = o.flags.has('t') || !o.flags.has('u');
    const udp = o.flags.has('u') || !o.flags.has('t');
    const listening = o.flags.has('l') || o.flags.has('a');
    const prog = o.flags.has('p');
    const { hostName, containerId } = netScopeOf(cx);
    let s = `Active Internet connections (${o.flags.has('a') ? 'servers and established' : o.flags.has('l') ? 'only servers' : 'w/o servers'})\n`;
    s += `Proto Recv-Q Send-Q Local Address           Foreign Address         State       ${prog ? 'PID/Program name' : ''}\n`;
    if (listening) {
      for (const k of getListeningSockets(cx.ctx.world, hostName, containerId)) {
        const isTcp = k.proto.startsWith('tcp');
        if ((isTcp && !tcp) || (!isTcp && !udp)) continue;
        const foreign = k.proto.endsWith('6') ? ':::*' : '0.0.0.0:*';
        s += `${k.proto.padEnd(5)} ${'0'.padStart(6)} ${'0'.padStart(6)} ${k.local.padEnd(23)} ${foreign.padEnd(23)} ${(isTcp ? 'LISTEN' : '').padEnd(12)}${prog ? k.program : ''}\n`;
      }
    }
    cx.out(s);
    return 0;
  },
};
