// ping in its two flavours: busybox (busybox, alpine) and iputils (Debian, Ubuntu). One echo
// request per second; a reply when netProbe says the target answers. Ctrl-C (SIGINT) or the
// end of `-c N` prints the statistics. SIGTERM has no handler, so as PID 1 ping ignores it.
import { resolveAndReach } from './netProbe';
import { parsePingArgs, pingBadAddress, pingFinish, pingHeader, pingSend, type PingFlavour, type PingState } from './pingFormat';
import type { ProgramApi, ProgramDef, Signal } from './programTypes';

export { pingStatistics } from './pingFormat';

interface ProgramPingState extends PingState {
  intervalMs: number;
}

function flavourOf(api: ProgramApi): PingFlavour {
  if (api.readFile('/bin/busybox') !== undefined) return 'busybox';
  return /(^|\/)(busybox|alpine)(:|$)/.test(api.container.imageRef) ? 'busybox' : 'iputils';
}

function sendOne(api: ProgramApi, st: ProgramPingState): void {
  // Every echo request travels, answered or not: the view animates it up to where it is dropped.
  api.sendPacket?.(st.ip, 'icmp');
  const line = pingSend(st, (n) => api.random(n));
  if (line) api.out(line);
  api.setState(st);
  if (st.count > 0 && st.tx >= st.count) finish(api, st);
  else api.wakeAt(api.now + st.intervalMs);
}

function finish(api: ProgramApi, st: ProgramPingState): void {
  const end = pingFinish(st, st.intervalMs, (n) => api.random(n));
  api.out(end.text);
  api.exit(end.code);
}

const SIGNAL_NUMBERS: Partial<Record<Signal, number>> = { SIGHUP: 1, SIGQUIT: 3, SIGUSR1: 10, SIGUSR2: 12, SIGTERM: 15 };

export const ping: ProgramDef = {
  name: 'ping',
  start(api) {
    const flavour = flavourOf(api);
    const { count, interval, target } = parsePingArgs(api.argv.slice(1));
    const probe = target ? resolveAndReach(api.world, api.host, api.container.id, target) : undefined;
    if (!target || !probe?.ok) {
      const bad = pingBadAddress(flavour, target ?? '');
      api.err(bad.text);
      api.exit(bad.code);
      return;
    }
    api.out(pingHeader(flavour, target, probe.ip));
    const st: ProgramPingState = {
      flavour,
      target,
      ip: probe.ip,
      reachable: probe.reachable,
      ttl: probe.ttl,
      base: probe.rttMicros,
      count,
      tx: 0,
      rtts: [],
      start: api.now,
      intervalMs: Math.round(interval * 1000),
    };
    if (probe.reverseName && target !== probe.ip) st.reverseName = probe.reverseName;
    sendOne(api, st);
  },
  tick(api) {
    const st = api.getState<ProgramPingState>();
    if (st) sendOne(api, { ...st, rtts: [...st.rtts] });
  },
  signal(api, sig) {
    const st = api.getState<ProgramPingState>();
    if (sig === 'SIGINT' && st) {
      finish(api, st);
      return;
    }
    const n = SIGNAL_NUMBERS[sig];
    if (n && api.process.nsPid !== 1) api.exit(128 + n);
  },
};
