// iproute2 `ss` on the Ubuntu docker host (current profile; boot2docker's busybox has none):
// -t/-u pick TCP/UDP, -l the listening (or unconnected) sockets, -n numeric, -p the process.
// The sockets are the ones netstat lists (engine query getListeningSockets).
import { getListeningSockets } from '../../../../engine/queries/netInterfaces';
import type { Command } from '../../../types';
import { badOption, parseOpts } from '../util';
import { netScopeOf } from './netScope';
import { ssLayout, type SsColumn } from './ssLayout';

/** The width of the terminal ss believes it writes to (the simulator's terminals are 80 wide). */
const SCREEN_WIDTH = 80;
/** Listen backlog as Send-Q shows it: SOMAXCONN on the kernels of Ubuntu 24.04. */
const BACKLOG = '4096';

function splitAddr(local: string): [string, string] {
  const i = local.lastIndexOf(':');
  const addr = local.slice(0, i);
  return [addr === '::' ? '[::]' : addr, local.slice(i + 1)];
}

function users(program: string): string {
  const m = /^(\d+)\/(.+)$/.exec(program);
  // Sockets of other users' processes show no process to a non-root caller.
  return m ? ` users:(("${m[2]}",pid=${m[1]},fd=3))` : '';
}

export const ssCommand: Command = {
  name: 'ss',
  summary: 'Show sockets (iproute2)',
  run(cx, args) {
    const o = parseOpts(args, 'tulnpa');
    if ('bad' in o) return badOption(cx, 'ss', o);
    const tcp = o.flags.has('t') || !o.flags.has('u');
    const udp = o.flags.has('u') || !o.flags.has('t');
    const listening = o.flags.has('l') || o.flags.has('a');
    const proc = o.flags.has('p');
    const { hostName, containerId } = netScopeOf(cx);
    const columns: SsColumn[] = [];
    const netid = tcp && udp;
    if (netid) columns.push({ header: 'Netid', align: 'left', ldelim: '' });
    columns.push(
      { header: 'State', align: 'left', ldelim: ' ' },
      { header: 'Recv-Q', align: 'left', ldelim: ' ' },
      { header: 'Send-Q', align: 'left', ldelim: ' ' },
      { header: 'Local Address:', align: 'right', ldelim: ' ' },
      { header: 'Port', align: 'left', ldelim: '' },
      { header: 'Peer Address:', align: 'right', ldelim: ' ' },
      { header: 'Port', align: 'left', ldelim: '' },
    );
    if (proc) columns.push({ header: 'Process', align: 'left', ldelim: '' });
    const rows: string[][] = [];
    const sockets = listening ? getListeningSockets(cx.ctx.world, hostName, containerId) : [];
    // ss lists by family: all TCP sockets, then UDP.
    for (const want of ['tcp', 'udp']) {
      if ((want === 'tcp' && !tcp) || (want === 'udp' && !udp)) continue;
      for (const k of sockets) {
        if (!k.proto.startsWith(want)) continue;
        const [addr, port] = splitAddr(k.local);
        const peer = addr.startsWith('[') ? '[::]' : '0.0.0.0';
        const row = want === 'tcp' ? ['LISTEN', '0', BACKLOG] : ['UNCONN', '0', '0'];
        row.push(`${addr}:`, port, `${peer}:`, '*');
        if (netid) row.unshift(want);
        if (proc) row.push(users(k.program));
        rows.push(row);
      }
    }
    cx.out(ssLayout(columns, rows, SCREEN_WIDTH));
    return 0;
  },
};
