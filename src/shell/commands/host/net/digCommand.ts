// BIND's `dig NAME` (netshoot and other debugging images): one A query to the namespace's resolver,
// printed in dig's sectioned layout. Docker's embedded DNS answers container names with TTL 600 and
// without an EDNS record; unknown names come back NXDOMAIN. dig 9.11 (2018) printed the SERVER
// line without the transport; 9.18+ appends `(UDP)`.
import { EMBEDDED_DNS, HOST_NAMESERVER, usesEmbeddedDns } from '../../../../engine/network/etcFiles';
import { resolveInContainer, resolveOnHost } from '../../../../engine/network/resolveHostName';
import { getContainerById } from '../../../../engine/tables/containerTable';
import type { Command } from '../../../types';
import { netScopeOf } from './netScope';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `date`-style time as dig prints it: `Thu Jan 15 10:00:00 UTC 2026`. */
function whenText(ms: number): string {
  const d = new Date(ms);
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

/** Pads with tabs to a tab-stop column, as dig's record printer does (at least one tab). */
export function tabTo(text: string, column: number): string {
  let pos = text.length;
  let tabs = '';
  do {
    pos = (Math.floor(pos / 8) + 1) * 8;
    tabs += '\t';
  } while (pos < column);
  return text + tabs;
}

/** Wire size of a query name: a length byte per label, the label bytes, the root byte. */
function nameBytes(fqdn: string): number {
  return fqdn.replace(/\.$/, '').split('.').reduce((n, l) => n + 1 + l.length, 1);
}

export const digCommand: Command = {
  name: 'dig',
  summary: 'DNS lookup utility',
  run(cx, args) {
    const name = args.find((a) => !a.startsWith('-') && !a.startsWith('+') && !a.startsWith('@'));
    const modern = cx.profile.name !== 'classic';
    const version = modern ? '9.20.15' : '9.11.3';
    const { hostName, containerId } = netScopeOf(cx);
    const world = cx.ctx.world;
    const host = world.hosts[hostName];
    const c = containerId ? getContainerById(host.daemon, containerId) : undefined;
    const inNs = c && c.hostConfig.networkMode !== 'host';
    const server = inNs && usesEmbeddedDns(host, c) ? EMBEDDED_DNS : HOST_NAMESERVER;
    const query = name ?? '.';
    const fqdn = query.endsWith('.') ? query : `${query}.`;
    const ip = name ? (inNs ? resolveInContainer(world, host, c, name)?.ip : resolveOnHost(world, name)) : undefined;
    const id = (Math.floor(world.now / 1000) * 7919 + fqdn.length * 104_729) % 65_536;
    const qtype = name ? 'A' : 'NS';
    const question = nameBytes(fqdn) + 4;
    const size = 12 + question + (ip ? 16 : 0);
    const lines = [
      '',
      `; <<>> DiG ${version} <<>>${name ? ` ${args.join(' ')}` : ''}`,
      ';; global options: +cmd',
      ';; Got answer:',
      `;; ->>HEADER<<- opcode: QUERY, status: ${ip ? 'NOERROR' : 'NXDOMAIN'}, id: ${id}`,
      `;; flags: qr rd ra; QUERY: 1, ANSWER: ${ip ? 1 : 0}, AUTHORITY: 0, ADDITIONAL: 0`,
      '',
      ';; QUESTION SECTION:',
      `${tabTo(`;${fqdn}`, 32)}IN\t${qtype}`,
      '',
      ...(ip ? [';; ANSWER SECTION:', `${tabTo(fqdn, 24)}${tabTo('600', 8)}IN\tA\t${ip}`, ''] : []),
      ';; Query time: 0 msec',
      `;; SERVER: ${server}#53(${server})${modern ? ' (UDP)' : ''}`,
      `;; WHEN: ${whenText(world.now)}`,
      `;; MSG SIZE  rcvd: ${size}`,
      '',
      '',
    ];
    cx.out(lines.join('\n'));
    return 0;
  },
};
