// busybox `ip`: addr (a, address) [show [dev] IFACE], link [show IFACE], route (r) [show].
import { getInterfaces, getRoutes } from '../../../../engine/queries/netInterfaces';
import type { Command } from '../../../types';
import { formatIpAddr, formatIpLink, formatIpRoute } from './ipOutput';
import { netScopeOf } from './netScope';

const USAGE = 'Usage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]\n';

function isPrefix(word: string, full: string, min = 1): boolean {
  return word.length >= min && full.startsWith(word);
}

export const ipCommand: Command = {
  name: 'ip',
  summary: 'Show network interfaces, addresses and routes',
  run(cx, args) {
    const { hostName, containerId } = netScopeOf(cx);
    const world = cx.ctx.world;
    const style = { loQlen: cx.profile.netTools.loQlen, containerBroadcast: cx.profile.netTools.containerBroadcast };
    const [object = '', ...rest] = args.filter((a) => a !== '-4');
    const words = rest.filter((w) => w !== 'show' && w !== 'list' && w !== 'dev');
    if (isPrefix(object, 'route')) {
      cx.out(formatIpRoute(getRoutes(world, hostName, containerId)));
      return 0;
    }
    if (isPrefix(object, 'address') || isPrefix(object, 'link')) {
      let ifaces = getInterfaces(world, hostName, containerId);
      const dev = words[0];
      if (dev) {
        ifaces = ifaces.filter((i) => i.name === dev);
        if (ifaces.length === 0) {
          cx.err(`ip: can't find device '${dev}'\n`);
          return 1;
        }
      }
      cx.out(isPrefix(object, 'link') ? formatIpLink(ifaces, style) : formatIpAddr(ifaces, style));
      return 0;
    }
    cx.err(USAGE);
    return 1;
  },
};
