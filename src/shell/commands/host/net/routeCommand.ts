// busybox `route [-n]`: the kernel's IPv4 table; without -n, 0.0.0.0 reads `default` and `*`.
import { getRoutes } from '../../../../engine/queries/netInterfaces';
import type { Command } from '../../../types';
import { netScopeOf } from './netScope';

function mask(prefixLen: number): string {
  const n = prefixLen === 0 ? 0 : (0xffffffff << (32 - prefixLen)) >>> 0;
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
}

export const routeCommand: Command = {
  name: 'route',
  summary: 'Show the IP routing table',
  run(cx, args) {
    const numeric = args.some((a) => /^-[a-z]*n/.test(a));
    const { hostName, containerId } = netScopeOf(cx);
    let s = 'Kernel IP routing table\nDestination     Gateway         Genmask         Flags Metric Ref    Use Iface\n';
    for (const r of getRoutes(cx.ctx.world, hostName, containerId)) {
      const [net, len] = r.dest === 'default' ? ['0.0.0.0', 0] : [r.dest.split('/')[0], Number(r.dest.split('/')[1])];
      const dest = !numeric && net === '0.0.0.0' ? 'default' : net;
      const gw = r.gateway ?? (numeric ? '0.0.0.0' : '*');
      s += `${dest.padEnd(16)}${gw.padEnd(16)}${mask(len).padEnd(16)}${(r.gateway ? 'UG' : 'U').padEnd(6)}${'0'.padEnd(7)}0${'0'.padStart(9)} ${r.dev}\n`;
    }
    cx.out(s);
    return 0;
  },
};
