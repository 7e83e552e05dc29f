// busybox `nslookup NAME`: asks the namespace's resolver (Docker's embedded DNS at 127.0.0.11 on
// user-defined networks, else the VM's 10.0.2.3). busybox 1.28 printed getaddrinfo results with
// reverse names; ≥1.30 prints the DNS answers for A and AAAA.
import { EMBEDDED_DNS, HOST_NAMESERVER, usesEmbeddedDns } from '../../../../engine/network/etcFiles';
import { resolveInContainer, resolveOnHost } from '../../../../engine/network/resolveHostName';
import type { Command } from '../../../types';
import { netScopeOf } from './netScope';
import { getContainerById } from '../../../../engine/tables/containerTable';
import { busyboxBanner } from '../busyboxBanner';
import { runtimeOf } from '../../../interp/runtime';

export const nslookupCommand: Command = {
  name: 'nslookup',
  summary: 'Query the DNS for a name',
  run(cx, args) {
    const name = args.find((a) => !a.startsWith('-'));
    if (!name) {
      cx.err(`${busyboxBanner(runtimeOf(cx))}\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n`);
      return 1;
    }
    const { hostName, containerId } = netScopeOf(cx);
    const world = cx.ctx.world;
    const host = world.hosts[hostName];
    const c = containerId ? getContainerById(host.daemon, containerId) : undefined;
    const inNs = c && c.hostConfig.networkMode !== 'host';
    const server = inNs && usesEmbeddedDns(host, c) ? EMBEDDED_DNS : HOST_NAMESERVER;
    const onHost = (): { ip: string; reverseName?: string } | undefined => {
      const ip = resolveOnHost(world, name);
      return ip ? { ip } : undefined;
    };
    const answer = inNs ? resolveInContainer(world, host, c, name) : onHost();
    if (cx.profile.netTools.nslookupStyle === 'old') {
      cx.out(`Server:    ${server}\nAddress 1: ${server}\n\n`);
      if (!answer) {
        cx.err(`nslookup: can't resolve '${name}'\n`);
        return 1;
      }
      cx.out(`Name:      ${name}\nAddress 1: ${answer.ip}${answer.reverseName ? ` ${answer.reverseName}` : ''}\n`);
      return 0;
    }
    cx.out(`Server:\t\t${server}\nAddress:\t${server}:53\n\n`);
    if (!answer) {
      cx.out(`** server can't find ${name}: NXDOMAIN\n\n** server can't find ${name}: NXDOMAIN\n\n`);
      return 1;
    }
    cx.out(`Non-authoritative answer:\nName:\t${name}\nAddress: ${answer.ip}\n\nNon-authoritative answer:\n*** Can't find ${name}: No answer\n\n`);
    return 0;
  },
};
