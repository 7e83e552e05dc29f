// Every word the swarm view shows, in Bangla and English. Docker's own words (Leader, Active,
// Running, Drain …) stay as `docker node ls` and `docker service ps` print them, so the picture
// and the terminal read alike; the Bangla hints say what they mean.
import type { PortConfig, Service, SwarmNode, Task, TaskState } from '../../engine/world';
import type { Bilingual } from '../viewTypes';
import type { ServiceFact } from './swarmFacts';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const num = (n: number) => n.toLocaleString('en-US');

const STATE_BN: Record<TaskState, string> = {
  new: 'নতুন',
  allocated: 'বরাদ্দ হয়েছে',
  pending: 'অপেক্ষায়',
  assigned: 'নোড পেয়েছে',
  accepted: 'নোড নিয়েছে',
  preparing: 'প্রস্তুত হচ্ছে',
  ready: 'প্রস্তুত',
  starting: 'শুরু হচ্ছে',
  running: 'চলছে',
  complete: 'শেষ হয়েছে',
  shutdown: 'বন্ধ করা হয়েছে',
  failed: 'ব্যর্থ',
  rejected: 'প্রত্যাখ্যাত',
  orphaned: 'হারানো',
  remove: 'সরানো হচ্ছে',
};

/** `Running` as `docker service ps` prints it, and in Bangla with Docker's word kept. */
export function stateWord(state: TaskState): Bilingual {
  return { bn: `${cap(state)} (${STATE_BN[state]})`, en: cap(state) };
}

/** The task's name as `docker service ps` shows it: service.slot, or service.node for global tasks. */
export function taskName(service: Service, t: Task): string {
  return `${service.spec.name}.${t.slot > 0 ? t.slot : t.nodeId}`;
}

export function taskSub(t: Task, state: TaskState): Bilingual {
  const id = t.id.slice(0, 12);
  return { bn: `${id} · ${stateWord(state).en}`, en: `${id} · ${stateWord(state).en}` };
}

/** A pending task's second line: why no node takes it, as `docker service ps` says in ERROR. */
export function pendingSub(t: Task): Bilingual {
  const text = `Pending · ${t.error ?? ''}`;
  return { bn: text, en: text };
}

export function taskHint(service: Service, t: Task, state: TaskState, host: string | undefined): Bilingual {
  const name = taskName(service, t);
  const where = host ? { bn: `নোড ${host}-এ`, en: `on node ${host}` } : { bn: 'কোনো নোডে নয়', en: 'on no node' };
  const why = t.error ? { bn: `; কারণ: ${t.error}`, en: `; ${t.error}` } : { bn: '', en: '' };
  return {
    bn: `টাস্ক ${name} (${t.id.slice(0, 12)}), ${where.bn}: ${stateWord(state).bn}${why.bn}। ক্লিক করলে এর কন্টেইনারের docker inspect`,
    en: `Task ${name} (${t.id.slice(0, 12)}) ${where.en}: ${stateWord(state).en}${why.en}. Click for its container's docker inspect`,
  };
}

/** `Leader`, `Reachable`/`Unreachable` for other managers, `Worker` (node ls leaves it blank). */
export function roleWord(node: SwarmNode, leader: string): string {
  if (node.role === 'worker') return 'Worker';
  if (node.id === leader) return 'Leader';
  return node.status === 'ready' ? 'Reachable' : 'Unreachable';
}

export function roleIcon(node: SwarmNode, leader: string): string {
  if (node.role === 'worker') return '○';
  return node.id === leader ? '★' : '◆';
}

export function nodeLabel(node: SwarmNode): Bilingual {
  return node.status === 'down' ? { bn: `${node.host} — Down (বন্ধ)`, en: `${node.host} — Down` } : { bn: node.host, en: node.host };
}

export function nodeSub(node: SwarmNode, leader: string): Bilingual {
  const text = `${roleWord(node, leader)} · ${cap(node.availability)} · ${node.status === 'ready' ? 'Ready' : 'Down'}`;
  return { bn: text, en: text };
}

const AVAILABILITY: Record<SwarmNode['availability'], Bilingual> = {
  active: { bn: 'Active: নতুন টাস্ক নেয়', en: 'Active: takes new tasks' },
  pause: { bn: 'Pause: নতুন টাস্ক নেয় না, চলমানগুলো চলে', en: 'Pause: takes no new tasks, running ones stay' },
  drain: { bn: 'Drain: টাস্ক নেয় না, চলমানগুলো অন্য নোডে সরে যায়', en: 'Drain: takes no tasks, running ones move to other nodes' },
};

export function nodeHint(node: SwarmNode, leader: string): Bilingual {
  const role =
    node.role === 'worker'
      ? { bn: 'ওয়ার্কার: শুধু টাস্ক চালায়', en: 'Worker: only runs tasks' }
      : node.id === leader
        ? { bn: 'লিডার ম্যানেজার: ক্লাস্টারের সিদ্ধান্ত নেয় (Raft)', en: 'Leader manager: makes the cluster’s decisions (Raft)' }
        : { bn: 'ম্যানেজার: লিডার হারালে ভোটে নতুন লিডার হতে পারে', en: 'Manager: can be elected leader if the leader is lost' };
  const status = node.status === 'ready' ? { bn: 'Ready: চালু', en: 'Ready: up' } : { bn: 'Down: বন্ধ, এর টাস্ক অন্য নোডে যায়', en: 'Down: unreachable, its tasks are rescheduled' };
  const a = AVAILABILITY[node.availability];
  return {
    bn: `নোড ${node.host} (${node.addr}) — ${role.bn}; ${a.bn}; ${status.bn}। ক্লিক করলে docker node inspect`,
    en: `Node ${node.host} (${node.addr}) — ${role.en}; ${a.en}; ${status.en}. Click for docker node inspect`,
  };
}

export function legendLabel(f: ServiceFact): Bilingual {
  const text = `${f.service.spec.name} ${f.running}/${f.desired}`;
  return { bn: text, en: text };
}

export function legendSub(f: ServiceFact): Bilingual {
  const ports = f.service.spec.ports.map((p) => `:${p.publishedPort}→${p.targetPort}`).join(' ');
  const text = [f.service.spec.image, ports].filter(Boolean).join(' ');
  return { bn: text, en: text };
}

export function legendHint(f: ServiceFact): Bilingual {
  const mode = f.service.spec.mode === 'global' ? { bn: 'global: প্রতি নোডে একটি', en: 'global: one per node' } : { bn: `${f.desired}টি রেপ্লিকা`, en: `${f.desired} replicas` };
  return {
    bn: `সার্ভিস ${f.service.spec.name} (চিহ্ন ${f.letter}), ${mode.bn}, ${f.running}টি চলছে। ক্লিক করলে docker service inspect`,
    en: `Service ${f.service.spec.name} (mark ${f.letter}), ${mode.en}, ${f.running} running. Click for docker service inspect`,
  };
}

export function meshLabel(p: PortConfig, service: Service): Bilingual {
  const text = `⇄ :${p.publishedPort} → ${service.spec.name}:${p.targetPort}`;
  return { bn: text, en: text };
}

export function meshHint(p: PortConfig, service: Service, host: string): Bilingual {
  return {
    bn: `রাউটিং মেশ: ${host}-এর ${p.publishedPort} পোর্টে আসা সংযোগ ${service.spec.name}-এর যেকোনো নোডের টাস্কে পালা করে (round-robin) যায়`,
    en: `Routing mesh: a connection to port ${p.publishedPort} on ${host} goes to ${service.spec.name}'s tasks on any node, round-robin`,
  };
}

export const meshHitWord: Bilingual = { bn: 'শেষ curl এখানে গেছে', en: 'the last curl went here' };

export const legendTitle: Bilingual = { bn: 'সার্ভিস', en: 'Services' };
export const pendingTitle: Bilingual = { bn: 'অপেক্ষায় (কোনো নোড নেই)', en: 'Pending (no node)' };
export const historyTitle: Bilingual = { bn: 'ইতিহাস: শেষ হওয়া টাস্ক', en: 'History: ended tasks' };

export const noSwarm: Bilingual = {
  bn: 'কোনো swarm নেই। docker swarm init দিয়ে শুরু করুন, তারপর docker service create',
  en: 'No swarm yet. Start one with docker swarm init, then docker service create',
};

export function cellLabel(f: ServiceFact, count: number): Bilingual {
  return { bn: `${f.service.spec.name} × ${num(count)}টি টাস্ক`, en: `${f.service.spec.name} × ${num(count)} tasks` };
}

export function cellSub(running: number, other: number, ended: number): Bilingual {
  return {
    bn: `চলছে ${num(running)} · শুরু হচ্ছে ${num(other)} · শেষ ${num(ended)}`,
    en: `running ${num(running)} · starting ${num(other)} · ended ${num(ended)}`,
  };
}

export function cellHint(f: ServiceFact, counts: { running: number; other: number; ended: number }, reason?: string): Bilingual {
  const sub = cellSub(counts.running, counts.other, counts.ended);
  const why = reason ? { bn: `; কারণ: ${reason}`, en: `; ${reason}` } : { bn: '', en: '' };
  return {
    bn: `${f.service.spec.name} (চিহ্ন ${f.letter}): ${sub.bn}${why.bn}। টাস্ক অনেক, তাই গুনে দেখানো হচ্ছে। ক্লিক করলে docker service inspect`,
    en: `${f.service.spec.name} (mark ${f.letter}): ${sub.en}${why.en}. Too many tasks to draw one by one, so they are counted. Click for docker service inspect`,
  };
}
