// The machine view's words in Bangla and English. Names, ids and numbers stay as the terminal
// prints them; only the words around them are translated.
import type { Container } from '../../engine';
import type { Bilingual } from '../viewTypes';

export const hardwareLabel: Bilingual = { bn: 'হার্ডওয়্যার: আপনার কম্পিউটার', en: 'Hardware: your computer' };
export const hardwareHint: Bilingual = {
  bn: 'আসল যন্ত্র: CPU, RAM, ডিস্ক। এর ওপর হাইপারভাইজার কয়েকটি ভার্চুয়াল মেশিন চালায়',
  en: 'The real machine: CPU, RAM, disk. A hypervisor runs virtual machines on it',
};
export const hypervisorLabel: Bilingual = { bn: 'হাইপারভাইজার: VirtualBox', en: 'Hypervisor: VirtualBox' };
export const hypervisorHint: Bilingual = {
  bn: 'docker-machine-এর VM চালায়। প্রতিটি VM পায় নিজের কার্নেল — কন্টেইনার পায় না, তারা হোস্টের কার্নেল ভাগ করে নেয়',
  en: 'Runs docker-machine’s VMs. Each VM gets a kernel of its own — containers do not: they share their host’s kernel',
};

export function vmLabel(name: string, ip: string, running: boolean): Bilingual {
  return running ? { bn: `VM ${name} · ${ip}`, en: `VM ${name} · ${ip}` } : { bn: `VM ${name} · ${ip} (বন্ধ)`, en: `VM ${name} · ${ip} (stopped)` };
}

export const userSpaceLabel: Bilingual = {
  bn: 'ইউজার স্পেস: আলাদা আলাদা বাক্স',
  en: 'User space: isolated boxes',
};

export function kernelLabel(release: string): Bilingual {
  return { bn: `কার্নেল ${release}`, en: `Kernel ${release}` };
}

export function kernelSub(namespaces: number, cgroups: number): Bilingual {
  return { bn: `সবার একটাই · ${namespaces} ns · ${cgroups} cgroup`, en: `shared by all · ${namespaces} ns · ${cgroups} cgroups` };
}

export const kernelHint: Bilingual = {
  bn: 'কার্নেল স্পেস: এই VM-এর সব কন্টেইনার এই একটি কার্নেল ভাগ করে নেয়; প্রসেসগুলো সিস্টেম কল দিয়ে কার্নেলের কাছে কাজ চায়',
  en: 'Kernel space: every container of this VM shares this one kernel; processes ask it for work through system calls',
};

export const hostProcsLabel: Bilingual = { bn: 'হোস্টের নিজের প্রসেস', en: 'The host’s own processes' };

const STATUS: Record<Container['state']['status'], Bilingual> = {
  created: { bn: 'তৈরি, চালু হয়নি', en: 'created' },
  running: { bn: 'চলছে', en: 'running' },
  paused: { bn: 'থামানো (pause)', en: 'paused' },
  restarting: { bn: 'আবার চালু হচ্ছে', en: 'restarting' },
  removing: { bn: 'মোছা হচ্ছে', en: 'removing' },
  exited: { bn: 'বন্ধ', en: 'exited' },
  dead: { bn: 'মৃত', en: 'dead' },
};

export function containerSub(c: Container): Bilingual {
  const s = STATUS[c.state.status];
  const code = c.state.status === 'exited' ? ` (${c.state.exitCode})` : '';
  return { bn: `${c.imageRef} · ${s.bn}${code}`, en: `${c.imageRef} · ${s.en}${code}` };
}

export const containerHint: Bilingual = {
  bn: 'কন্টেইনার: নিজের namespace-এ আলাদা করা প্রসেস, cgroup দিয়ে সীমা বাঁধা',
  en: 'A container: processes isolated in namespaces of their own, limited by a cgroup',
};

export function nsLabel(kinds: string[]): Bilingual {
  const list = kinds.join(' ');
  return { bn: `ns: ${list}`, en: `ns: ${list}` };
}

function bytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${Number.isInteger(v) ? v : v.toFixed(1)}${units[u]}`;
}

export function cgroupLabel(memory: number, nanoCpus: number): Bilingual {
  const parts: Bilingual[] = [];
  if (memory > 0) parts.push({ bn: `${bytes(memory)} RAM`, en: `${bytes(memory)} RAM` });
  if (nanoCpus > 0) parts.push({ bn: `${nanoCpus / 1e9} CPU`, en: `${nanoCpus / 1e9} CPU` });
  if (parts.length === 0) return { bn: 'cgroup: কোনো সীমা নেই', en: 'cgroup: no limits' };
  return { bn: `cgroup: ${parts.map((p) => p.bn).join(' · ')}`, en: `cgroup: ${parts.map((p) => p.en).join(' · ')}` };
}

export function processSub(nsPid: number, pid: number, inContainer: boolean): Bilingual {
  return inContainer
    ? { bn: `ভেতরে PID ${nsPid} · হোস্টে PID ${pid}`, en: `PID ${nsPid} inside · host PID ${pid}` }
    : { bn: `PID ${pid}`, en: `PID ${pid}` };
}

export function moreProcesses(n: number): Bilingual {
  return { bn: `আরও ${n}টি প্রসেস`, en: `${n} more processes` };
}

export function aggregateLabel(image: string, total: number): Bilingual {
  return { bn: `${image} × ${total}টি কন্টেইনার`, en: `${image} × ${total} containers` };
}

export function aggregateSub(running: number): Bilingual {
  return { bn: `${running}টি চলছে`, en: `${running} running` };
}

export function moreImages(n: number, containers: number): Bilingual {
  return { bn: `আরও ${n}টি ইমেজের ${containers}টি কন্টেইনার`, en: `${containers} containers of ${n} more images` };
}
