// busybox `ip addr`, `ip link` and `ip route` text (networking/libiproute): flags, then mtu,
// qdisc, master, state and qlen, each followed by a space; addresses with brd and scope.
import type { NetInterface, NetRoute } from '../../../../engine/queries/netInterfaces';

export interface IpStyle {
  loQlen: number;
  /** Whether container interfaces carry a broadcast address (libnetwork of the era). */
  containerBroadcast: boolean;
}

function flagsOf(i: NetInterface): string {
  if (i.loopback) return '<LOOPBACK,UP,LOWER_UP>';
  if (!i.carrier) return '<NO-CARRIER,BROADCAST,MULTICAST,UP>';
  return i.veth ? '<BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN>' : '<BROADCAST,MULTICAST,UP,LOWER_UP>';
}

function linkLine(i: NetInterface, style: IpStyle): string {
  const name = i.peer !== undefined ? `${i.name}@if${i.peer}` : i.name;
  const physical = !i.loopback && !i.veth && i.name.startsWith('eth');
  const qdisc = physical ? 'pfifo_fast' : 'noqueue';
  const state = i.loopback ? 'UNKNOWN' : i.carrier ? 'UP' : 'DOWN';
  const qlen = i.loopback ? style.loQlen : physical ? 1000 : 0;
  let s = `${i.index}: ${name}: ${flagsOf(i)} mtu ${i.mtu} qdisc ${qdisc} `;
  if (i.master) s += `master ${i.master} `;
  s += `state ${state} `;
  if (qlen) s += `qlen ${qlen}`;
  const link = i.loopback ? 'link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00' : `link/ether ${i.mac} brd ff:ff:ff:ff:ff:ff`;
  return `${s}\n    ${link}\n`;
}

function addrLines(i: NetInterface, style: IpStyle): string {
  let s = '';
  const a = i.ipv4;
  if (a) {
    const brd = a.broadcast && (style.containerBroadcast || !i.veth) ? `brd ${a.broadcast} ` : '';
    s += `    inet ${a.ip}/${a.prefixLen} ${brd}scope ${i.loopback ? 'host' : 'global'} ${i.name}\n       valid_lft forever preferred_lft forever\n`;
  }
  if (i.loopback) s += '    inet6 ::1/128 scope host \n       valid_lft forever preferred_lft forever\n';
  return s;
}

export function formatIpAddr(ifaces: NetInterface[], style: IpStyle): string {
  return ifaces.map((i) => linkLine(i, style) + addrLines(i, style)).join('');
}

export function formatIpLink(ifaces: NetInterface[], style: IpStyle): string {
  return ifaces.map((i) => linkLine(i, style)).join('');
}

export function formatIpRoute(routes: NetRoute[]): string {
  return routes
    .map((r) => (r.dest === 'default' ? `default via ${r.gateway} dev ${r.dev} \n` : `${r.dest} dev ${r.dev} scope link  src ${r.src} \n`))
    .join('');
}
