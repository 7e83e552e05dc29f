// ping in its two flavours: busybox (busybox, alpine) and iputils (Debian, Ubuntu). One echo
// request per second; a reply when netProbe says the target answers. Ctrl-C (SIGINT) or the
// end of `-c N` prints the statistics. SIGTERM has no handler, so as PID 1 ping ignores it.
import { resolveAndReach } from './netProbe';
import type { ProgramApi, ProgramDef, Signal } from './programTypes';

type Flavour = 'busybox' | 'iputils';

interface PingState {
  flavour: Flavour;
  target: string;
  ip: string;
  reverseName?: string;
  reachable: boolean;
  ttl: number;
  base: number; // µs
  count: number; // 0 = until interrupted
  tx: number;
  rtts: number[]; // µs
  start: number;
}

function flavourOf(api: ProgramApi): Flavour {
  if (api.readFile('/bin/busybox') !== undefined) return 'busybox';
  return /(^|\/)(busybox|alpine)(:|$)/.test(api.container.imageRef) ? 'busybox' : 'iputils';
}

function micros(us: number): string {
  return `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, '0')}`;
}

/** iputils prints fewer decimals as the time grows. */
function iputilsTime(us: number): string {
  if (us >= 100000) return String(Math.floor(us / 1000));
  if (us >= 10000) return (us / 1000).toFixed(1);
  if (us >= 1000) return (us / 1000).toFixed(2);
  return (us / 1000).toFixed(3);
}

function sendOne(api: ProgramApi, st: PingState): void {
  st.tx += 1;
  // Every echo request travels, answered or not: the view animates it up to where it is dropped.
  api.sendPacket?.(st.ip, 'icmp');
  if (st.reachable) {
    const rtt = st.base + api.random(Math.max(1, Math.floor(st.base / 4)));
    st.rtts.push(rtt);
    if (st.flavour === 'busybox') {
      api.out(`64 bytes from ${st.ip}: seq=${st.tx - 1} ttl=${st.ttl} time=${micros(rtt)} ms\n`);
    } else {
      const from = st.reverseName ? `${st.reverseName} (${st.ip})` : st.ip;
      api.out(`64 bytes from ${from}: icmp_seq=${st.tx} ttl=${st.ttl} time=${iputilsTime(rtt)} ms\n`);
    }
  }
  api.setState(st);
  if (st.count > 0 && st.tx >= st.count) finish(api, st);
  else api.wakeAt(api.now + 1000);
}

function lossPercent(tx: number, rx: number, flavour: Flavour): string {
  if (tx === 0) return '0';
  if (flavour === 'busybox') return String(Math.floor(((tx - rx) * 100) / tx));
  return String(+(((tx - rx) * 100) / tx).toPrecision(6));
}

export function pingStatistics(st: PingState, elapsedMs: number): string {
  const rx = st.rtts.length;
  const loss = lossPercent(st.tx, rx, st.flavour);
  const min = rx ? Math.min(...st.rtts) : 0;
  const max = rx ? Math.max(...st.rtts) : 0;
  const sum = st.rtts.reduce((a, b) => a + b, 0);
  const avg = rx ? Math.floor(sum / rx) : 0;
  if (st.flavour === 'busybox') {
    let text = `\n--- ${st.target} ping statistics ---\n${st.tx} packets transmitted, ${rx} packets received, ${loss}% packet loss\n`;
    if (rx) text += `round-trip min/avg/max = ${micros(min)}/${micros(avg)}/${micros(max)} ms\n`;
    return text;
  }
  let text = `\n--- ${st.target} ping statistics ---\n${st.tx} packets transmitted, ${rx} received, ${loss}% packet loss, time ${elapsedMs}ms\n`;
  if (rx) {
    const mean2 = st.rtts.reduce((a, b) => a + b * b, 0) / rx;
    const mdev = Math.round(Math.sqrt(Math.max(0, mean2 - (sum / rx) ** 2)));
    text += `rtt min/avg/max/mdev = ${micros(min)}/${micros(avg)}/${micros(max)}/${micros(mdev)} ms\n`;
  }
  return text;
}

function finish(api: ProgramApi, st: PingState): void {
  const elapsed = Math.max(0, (st.tx - 1) * 1000) + (st.tx > 1 ? 2 + api.random(40) : 0);
  api.out(pingStatistics(st, elapsed));
  api.exit(st.rtts.length > 0 ? 0 : 1);
}

function parseArgs(args: readonly string[]): { count: number; target?: string; bad?: string } {
  let count = 0;
  let target: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-c') count = Number(args[++i]);
    else if (/^-c\d+$/.test(a)) count = Number(a.slice(2));
    else if (a === '-i' || a === '-W' || a === '-w' || a === '-s' || a === '-t') i++;
    else if (a.startsWith('-')) continue;
    else target = a;
  }
  return Number.isFinite(count) ? { count, target } : { count: 0, target, bad: 'count' };
}

const SIGNAL_NUMBERS: Partial<Record<Signal, number>> = { SIGHUP: 1, SIGQUIT: 3, SIGUSR1: 10, SIGUSR2: 12, SIGTERM: 15 };

export const ping: ProgramDef = {
  name: 'ping',
  start(api) {
    const flavour = flavourOf(api);
    const { count, target } = parseArgs(api.argv.slice(1));
    if (!target) {
      api.err(flavour === 'busybox' ? 'ping: bad address \'\'\n' : 'ping: usage error: Destination address required\n');
      api.exit(flavour === 'busybox' ? 1 : 2);
      return;
    }
    const probe = resolveAndReach(api.world, api.host, api.container.id, target);
    if (!probe.ok) {
      api.err(flavour === 'busybox' ? `ping: bad address '${target}'\n` : `ping: ${target}: Name or service not known\n`);
      api.exit(flavour === 'busybox' ? 1 : 2);
      return;
    }
    api.out(flavour === 'busybox' ? `PING ${target} (${probe.ip}): 56 data bytes\n` : `PING ${target} (${probe.ip}) 56(84) bytes of data.\n`);
    const st: PingState = {
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
    };
    if (probe.reverseName && target !== probe.ip) st.reverseName = probe.reverseName;
    sendOne(api, st);
  },
  tick(api) {
    const st = api.getState<PingState>();
    if (st) sendOne(api, { ...st, rtts: [...st.rtts] });
  },
  signal(api, sig) {
    const st = api.getState<PingState>();
    if (sig === 'SIGINT' && st) {
      finish(api, st);
      return;
    }
    const n = SIGNAL_NUMBERS[sig];
    if (n && api.process.nsPid !== 1) api.exit(128 + n);
  },
};
