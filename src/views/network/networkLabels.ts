// Every word the network view shows, in Bangla and English. Names, addresses and device names
// stay as the terminal prints them; only the words around them are translated.
import type { Bilingual } from '../viewTypes';
import type { BridgeFact, ContainerFact, EndpointFact, HostFacts, NicFact, PortFact } from './networkFacts';

const both = (text: string): Bilingual => ({ bn: text, en: text });

export const internetLabel: Bilingual = { bn: 'ইন্টারনেট (সিমুলেটেড)', en: 'Internet (simulated)' };
export const internetHint: Bilingual = {
  bn: 'বাইরের দুনিয়া: 8.8.8.8, example.com … কন্টেইনারের প্যাকেট হোস্টের eth0 দিয়ে NAT হয়ে এখানে আসে',
  en: 'The outside world: 8.8.8.8, example.com … container packets reach it NATed through the host’s eth0',
};

export const lanLabel: Bilingual = { bn: 'host-only নেটওয়ার্ক 192.168.99.0/24', en: 'host-only network 192.168.99.0/24' };

export function hostGroupLabel(h: HostFacts): Bilingual {
  return h.running ? { bn: `হোস্ট ${h.name}`, en: `host ${h.name}` } : { bn: `হোস্ট ${h.name} (বন্ধ)`, en: `host ${h.name} (stopped)` };
}

export function stackLabel(h: HostFacts): Bilingual {
  return { bn: `${h.name}: রাউটিং + iptables (NAT, DNAT)`, en: `${h.name}: routing + iptables (NAT, DNAT)` };
}

export const stackHint: Bilingual = {
  bn: 'হোস্টের কার্নেল: ব্রিজের মধ্যে রাউটিং করে, বাইরে যাওয়া প্যাকেটে NAT করে, আলাদা ব্রিজের মধ্যে প্যাকেট আটকায় (DOCKER-ISOLATION)',
  en: 'The host kernel: routes between bridges, NATs packets going out, drops packets between different bridges (DOCKER-ISOLATION)',
};

export function nicLabel(n: NicFact): Bilingual {
  return both(`${n.name} ${n.ip}`);
}

export function nicHint(n: NicFact): Bilingual {
  return n.role === 'nat'
    ? { bn: `${n.name}: VirtualBox NAT, ইন্টারনেটে যাওয়ার পথ`, en: `${n.name}: VirtualBox NAT, the way to the internet` }
    : { bn: `${n.name}: host-only নেটওয়ার্ক, আপনার কম্পিউটার আর অন্য VM এই ঠিকানায় হোস্টকে পায়`, en: `${n.name}: host-only network, where your computer and other VMs reach this host` };
}

export function portLabel(p: PortFact): Bilingual {
  const hostSide = p.hostIp === '::' ? `[::]:${p.hostPort}` : `${p.hostIp}:${p.hostPort}`;
  return both(`${hostSide} → ${p.containerName}:${p.containerPort}/${p.proto}`);
}

export function portHint(p: PortFact): Bilingual {
  return {
    bn: `প্রকাশিত পোর্ট: হোস্টের ${p.hostPort} নম্বর পোর্টে আসা প্যাকেট DNAT হয়ে ${p.containerName} কন্টেইনারের ${p.containerPort} পোর্টে যায়`,
    en: `Published port: packets to host port ${p.hostPort} are DNATed to port ${p.containerPort} of ${p.containerName}`,
  };
}

export function bridgeLabel(b: BridgeFact): Bilingual {
  return { bn: `${b.name} (${b.device}) ${b.subnet}, গেটওয়ে ${b.gateway}`, en: `${b.name} (${b.device}) ${b.subnet}, gateway ${b.gateway}` };
}

/** What the bridge's box shows, one fact a line. */
export function bridgeLines(b: BridgeFact): string[] {
  return [b.name, b.device, b.subnet, `gw ${b.gateway}`];
}

export function bridgeHint(b: BridgeFact): Bilingual {
  const internal = b.internal ? { bn: ' এটা internal: বাইরে যাওয়ার পথ নেই।', en: ' It is internal: no way out.' } : { bn: '', en: '' };
  return {
    bn: `ব্রিজ ${b.name} (${b.device}): একটা ভার্চুয়াল সুইচ। এর সাথে যুক্ত কন্টেইনারগুলো একে অপরের সাথে কথা বলতে পারে, অন্য ব্রিজের কন্টেইনারের সাথে পারে না।${internal.bn}`,
    en: `Bridge ${b.name} (${b.device}): a virtual switch. Containers on it talk to each other, not to containers on other bridges.${internal.en}`,
  };
}

export const dnsLabel: Bilingual = both('DNS 127.0.0.11');
export const dnsHint: Bilingual = {
  bn: 'ডকারের নিজস্ব DNS: এই নেটওয়ার্কের কন্টেইনারগুলো একে অপরকে নাম দিয়ে খুঁজে পায় (ডিফল্ট bridge এ এটা নেই)',
  en: 'Docker’s embedded DNS: containers on this network find each other by name (the default bridge has none)',
};

export function containerLabel(c: ContainerFact): Bilingual {
  return both(c.name);
}

export function containerSub(c: ContainerFact): Bilingual | undefined {
  if (c.mode === 'host') return { bn: 'নেটওয়ার্ক: host (হোস্টের eth0/eth1)', en: 'network: host (the host’s eth0/eth1)' };
  if (c.mode === 'none') return { bn: 'নেটওয়ার্ক: none (শুধু lo)', en: 'network: none (lo only)' };
  if (c.mode === 'container') return { bn: `নেটওয়ার্ক: ${c.sharesWith} এর সাথে শেয়ার`, en: `network: shared with ${c.sharesWith}` };
  if (c.status === 'paused') return { bn: 'paused', en: 'paused' };
  return undefined;
}

export function containerHint(c: ContainerFact): Bilingual {
  const n = c.endpoints.length;
  return {
    bn: `কন্টেইনার ${c.name}: নিজের নেটওয়ার্ক namespace, ${n}টি veth ইন্টারফেস`,
    en: `Container ${c.name}: its own network namespace, ${n} veth interface${n === 1 ? '' : 's'}`,
  };
}

export function endpointLabel(c: ContainerFact, e: EndpointFact): Bilingual {
  return both(`${c.name} ${e.ifName} ${e.ip}/${e.prefixLen} MAC ${e.mac}`);
}

/** The NIC row inside the container's box. */
export function endpointLines(e: EndpointFact): string[] {
  return [`${e.ifName} ${e.ip}`, e.mac];
}

export function endpointHint(c: ContainerFact, e: EndpointFact): Bilingual {
  return {
    bn: `${c.name} এর ${e.ifName} (${e.ip}/${e.prefixLen}, MAC ${e.mac}) veth জোড়ায় হোস্টের ${e.hostIf} এর সাথে যুক্ত, যেটা ${e.network} ব্রিজে লাগানো`,
    en: `${c.name}’s ${e.ifName} (${e.ip}/${e.prefixLen}, MAC ${e.mac}) is a veth pair with the host’s ${e.hostIf}, plugged into bridge ${e.network}`,
  };
}

export function aggregateLabel(count: number): Bilingual {
  return { bn: `${count}টি কন্টেইনার`, en: `${count} container${count === 1 ? '' : 's'}` };
}

export function aggregateSub(network: string): Bilingual {
  return { bn: `নেটওয়ার্ক: ${network}`, en: `network: ${network}` };
}

export const aggregateHint: Bilingual = {
  bn: 'অনেক কন্টেইনার: এক এক করে না এঁকে সংখ্যা দেখানো হচ্ছে। বিস্তারিত দেখতে docker network inspect চালান',
  en: 'Many containers: drawn as a count instead of one by one. Run docker network inspect for the details',
};

/** Why a packet stopped, from where it stopped (network/reach.ts emits `drop` hops). */
export function dropLabel(reason: 'isolated' | 'internal' | 'unreachable', ip: string): Bilingual {
  if (reason === 'isolated') return { bn: '✕ আটকে গেছে: আলাদা ব্রিজ (DOCKER-ISOLATION)', en: '✕ dropped: different bridges (DOCKER-ISOLATION)' };
  if (reason === 'internal') return { bn: '✕ আটকে গেছে: internal নেটওয়ার্ক, বাইরে যাওয়ার পথ নেই', en: '✕ dropped: internal network, no way out' };
  return { bn: `✕ ${ip} ঠিকানায় কেউ নেই`, en: `✕ no one has ${ip}` };
}
