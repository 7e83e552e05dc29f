// `ping` on the docker host: boot2docker's busybox ping (classic) or iputils on Ubuntu (current),
// from the host's own network stack (containers' bridge addresses, its own, the outside).
import { resolveAndReach, resolveAndReachFromHost } from '../../../../engine/programs/netProbe';
import { parsePingArgs, pingBadAddress, pingHeader, type PingState } from '../../../../engine/programs/pingFormat';
import { registerJobHandler } from '../../../jobs/registry';
import { runtimeOf } from '../../../interp/runtime';
import type { Command } from '../../../types';
import { netScopeOf } from './netScope';
import { HOST_PING_JOB, hostPingFinish, hostPingJob, hostPingSend, type HostPingData } from './pingJob';

registerJobHandler(hostPingJob);

export const pingCommand: Command = {
  name: 'ping',
  summary: 'Send ICMP echo requests to a network host',
  run(cx, args) {
    const { hostName, containerId } = netScopeOf(cx);
    // Typed at a container's shell (`docker exec -it c sh`), ping runs in the container's namespace.
    const flavour = containerId ? (runtimeOf(cx).style === 'busybox' ? 'busybox' : 'iputils') : cx.profile.name === 'classic' ? 'busybox' : 'iputils';
    const { count, interval, target } = parsePingArgs(args);
    const probe = !target ? undefined : containerId ? resolveAndReach(cx.ctx.world, hostName, containerId, target) : resolveAndReachFromHost(cx.ctx.world, hostName, target);
    if (!target || !probe?.ok) {
      const bad = pingBadAddress(flavour, target ?? '');
      cx.err(bad.text);
      return bad.code;
    }
    cx.out(pingHeader(flavour, target, probe.ip));
    const st: PingState = {
      flavour, target, ip: probe.ip, reachable: probe.reachable, ttl: probe.ttl, base: probe.rttMicros, count, tx: 0, rtts: [], start: cx.ctx.world.now,
    };
    if (probe.reverseName && target !== probe.ip) st.reverseName = probe.reverseName;
    const intervalMs = Math.round(interval * 1000);
    const data: HostPingData = { st, intervalMs, nextAt: cx.ctx.world.now, ...(containerId ? { containerId } : {}) };
    const jx = { ctx: cx.ctx, host: hostName, out: (t: string) => cx.out(t) };
    if (hostPingSend(jx, data)) return hostPingFinish(jx, data);
    if (!runtimeOf(cx).jobsAllowed) {
      // Where no clock runs (a container's script) the remaining requests of -c N go at once.
      while (count > 0 && !hostPingSend(jx, data));
      return hostPingFinish(jx, data);
    }
    cx.startJob({ kind: HOST_PING_JOB, startedAt: cx.ctx.world.now, data });
    return 0;
  },
};
