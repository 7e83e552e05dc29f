// busybox `ifconfig` (the net-tools layout): interfaces sorted by name, as if_readlist builds
// them; counters stay at zero because packets are animated, not counted.
import { getInterfaces, type NetInterface } from '../../../../engine/queries/netInterfaces';
import type { Command } from '../../../types';
import { netScopeOf } from './netScope';

function mask(prefixLen: number): string {
  const n = prefixLen === 0 ? 0 : (0xffffffff << (32 - prefixLen)) >>> 0;
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
}

export function formatIfconfig(i: NetInterface, loQlen: number, broadcast: boolean): string {
  const lines: string[] = [];
  lines.push(i.loopback ? `${i.name.padEnd(10)}Link encap:Local Loopback  ` : `${i.name.padEnd(10)}Link encap:Ethernet  HWaddr ${i.mac.toUpperCase()}  `);
  const a = i.ipv4;
  if (a) {
    if (i.loopback) lines.push(`          inet addr:${a.ip}  Mask:${mask(a.prefixLen)}`);
    else lines.push(`          inet addr:${a.ip}  Bcast:${broadcast || !i.veth ? a.broadcast : '0.0.0.0'}  Mask:${mask(a.prefixLen)}`);
  }
  if (i.loopback) lines.push('          inet6 addr: ::1/128 Scope:Host');
  const flags = i.loopback ? 'UP LOOPBACK RUNNING' : i.carrier ? 'UP BROADCAST RUNNING MULTICAST' : 'UP BROADCAST MULTICAST';
  lines.push(`          ${flags}  MTU:${i.mtu}  Metric:1`);
  lines.push('          RX packets:0 errors:0 dropped:0 overruns:0 frame:0');
  lines.push('          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0');
  const qlen = i.loopback ? loQlen : !i.veth && i.name.startsWith('eth') ? 1000 : 0;
  lines.push(`          collisions:0 txqueuelen:${qlen} `);
  lines.push('          RX bytes:0 (0.0 B)  TX bytes:0 (0.0 B)');
  return lines.join('\n') + '\n\n';
}

export const ifconfigCommand: Command = {
  name: 'ifconfig',
  summary: 'Show network interfaces',
  run(cx, args) {
    const { hostName, containerId } = netScopeOf(cx);
    let ifaces = getInterfaces(cx.ctx.world, hostName, containerId).sort((a, b) => (a.name < b.name ? -1 : 1));
    const dev = args.find((a) => !a.startsWith('-'));
    if (dev) {
      ifaces = ifaces.filter((i) => i.name === dev);
      if (ifaces.length === 0) {
        cx.err(`ifconfig: ${dev}: error fetching interface information: Device not found\n`);
        return 1;
      }
    }
    const p = cx.profile.netTools;
    cx.out(ifaces.map((i) => formatIfconfig(i, p.loQlen, p.containerBroadcast)).join(''));
    return 0;
  },
};
