// The two ping output formats (busybox and iputils), shared by ping inside a container
// (programs/ping.ts) and ping on the docker host's own shell (a shell job): one copy of the texts.
export type PingFlavour = 'busybox' | 'iputils';

export interface PingState {
  flavour: PingFlavour;
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

/** The first line, once the name resolved. */
export function pingHeader(flavour: PingFlavour, target: string, ip: string): string {
  return flavour === 'busybox' ? `PING ${target} (${ip}): 56 data bytes\n` : `PING ${target} (${ip}) 56(84) bytes of data.\n`;
}

/** No address to send to: the message and exit code. */
export function pingBadAddress(flavour: PingFlavour, target: string): { text: string; code: number } {
  if (flavour === 'busybox') return { text: `ping: bad address '${target}'\n`, code: 1 };
  if (target === '') return { text: 'ping: usage error: Destination address required\n', code: 2 };
  return { text: `ping: ${target}: Name or service not known\n`, code: 2 };
}

/** Send echo request number st.tx+1 and record its reply (`jitter(n)` draws 0..n-1 µs); returns the line printed, if any. */
export function pingSend(st: PingState, jitter: (n: number) => number): string {
  st.tx += 1;
  if (!st.reachable) return '';
  const rtt = st.base + jitter(Math.max(1, Math.floor(st.base / 4)));
  st.rtts.push(rtt);
  if (st.flavour === 'busybox') return `64 bytes from ${st.ip}: seq=${st.tx - 1} ttl=${st.ttl} time=${micros(rtt)} ms\n`;
  const from = st.reverseName ? `${st.reverseName} (${st.ip})` : st.ip;
  return `64 bytes from ${from}: icmp_seq=${st.tx} ttl=${st.ttl} time=${iputilsTime(rtt)} ms\n`;
}

function lossPercent(tx: number, rx: number, flavour: PingFlavour): string {
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

/** The statistics block at the end (after -c N or Ctrl-C) and ping's exit code. */
export function pingFinish(st: PingState, intervalMs: number, jitter: (n: number) => number): { text: string; code: number } {
  const elapsed = Math.max(0, (st.tx - 1) * intervalMs) + (st.tx > 1 ? 2 + jitter(40) : 0);
  return { text: pingStatistics(st, elapsed), code: st.rtts.length > 0 ? 0 : 1 };
}

export interface PingArgs {
  count: number;
  /** Seconds between requests (-i). */
  interval: number;
  target?: string;
}

/** The options both flavours share: -c N, -i S, -W S (a reply timeout, irrelevant to an instant simulation). */
export function parsePingArgs(args: readonly string[]): PingArgs {
  let count = 0;
  let interval = 1;
  let target: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-c') count = Number(args[++i]);
    else if (/^-c\d+$/.test(a)) count = Number(a.slice(2));
    else if (a === '-i') interval = Number(args[++i]);
    else if (/^-i[\d.]+$/.test(a)) interval = Number(a.slice(2));
    else if (a === '-W' || a === '-w' || a === '-s' || a === '-t') i++;
    else if (a.startsWith('-')) continue;
    else target = a;
  }
  if (!Number.isFinite(count) || count < 0) count = 0;
  if (!Number.isFinite(interval) || interval <= 0) interval = 1;
  return { count, interval, target };
}
