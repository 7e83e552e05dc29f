// Who and where am I: hostname, whoami, id, uname, date. Inside a container these report the
// container's hostname and user, but the host's kernel: containers share it.
import type { Command, CommandContext } from '../../types';
import { runtimeOf } from '../../interp/runtime';
import { badOption, parseOpts } from './util';
import { getContainerById } from '../../../engine/tables/containerTable';

function hostnameOf(cx: CommandContext): string {
  if (cx.frame.kind === 'container' && cx.frame.containerId) {
    const c = getContainerById(cx.ctx.world.hosts[cx.host].daemon, cx.frame.containerId);
    if (c) return c.config.hostname;
  }
  return cx.host;
}

export const hostnameCommand: Command = {
  name: 'hostname',
  summary: 'Print the host name',
  run(cx) {
    cx.out(`${hostnameOf(cx)}\n`);
    return 0;
  },
};

export const whoamiCommand: Command = {
  name: 'whoami',
  summary: 'Print the user name',
  run(cx) {
    cx.out(`${cx.frame.user}\n`);
    return 0;
  },
};

export const idCommand: Command = {
  name: 'id',
  summary: 'Print user and group ids',
  run(cx) {
    const user = cx.frame.user;
    if (user === 'root') {
      const rt = runtimeOf(cx);
      cx.out(rt.style === 'busybox' ? 'uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)\n' : 'uid=0(root) gid=0(root) groups=0(root)\n');
    } else cx.out(`uid=1000(${user}) gid=50(staff) groups=50(staff),100(docker)\n`);
    return 0;
  },
};

export const unameCommand: Command = {
  name: 'uname',
  summary: 'Print system information',
  run(cx, args) {
    const o = parseOpts(args, 'asnrvmpio');
    if ('bad' in o) return badOption(cx, 'uname', o);
    const release = cx.ctx.world.hosts[cx.host].kernel.release;
    const version = cx.profile.name === 'classic' ? '#1 SMP Thu Apr 26 16:40:36 UTC 2018' : '#88-Ubuntu SMP PREEMPT_DYNAMIC Sat Oct 11 09:15:28 UTC 2025';
    const rt = runtimeOf(cx);
    const fields: [string, string][] = [
      ['s', 'Linux'],
      ['n', hostnameOf(cx)],
      ['r', release],
      ['v', version],
      ['m', 'x86_64'],
    ];
    if (o.flags.has('a')) {
      const all = fields.map((f) => f[1]);
      cx.out(`${all.join(' ')}${rt.style === 'busybox' ? '' : ' x86_64 x86_64'} GNU/Linux\n`);
      return 0;
    }
    const picked = fields.filter(([k]) => o.flags.has(k)).map((f) => f[1]);
    if (o.flags.has('o')) picked.push('GNU/Linux');
    cx.out(`${(picked.length > 0 ? picked : ['Linux']).join(' ')}\n`);
    return 0;
  },
};

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `date` in the C locale, UTC: `Sat May 20 10:00:00 UTC 2018` (GNU pads the day with a space). */
export function formatDate(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

export const dateCommand: Command = {
  name: 'date',
  summary: 'Print the date and time',
  run(cx, args) {
    const now = cx.ctx.world.now;
    const fmt = args.find((a) => a.startsWith('+'));
    if (fmt) {
      const d = new Date(now);
      const p = (n: number): string => String(n).padStart(2, '0');
      const map: Record<string, string> = {
        Y: String(d.getUTCFullYear()),
        m: p(d.getUTCMonth() + 1),
        d: p(d.getUTCDate()),
        H: p(d.getUTCHours()),
        M: p(d.getUTCMinutes()),
        S: p(d.getUTCSeconds()),
        s: String(Math.floor(now / 1000)),
        '%': '%',
      };
      cx.out(fmt.slice(1).replace(/%(.)/g, (m, c: string) => map[c] ?? m) + '\n');
      return 0;
    }
    cx.out(`${formatDate(now)}\n`);
    return 0;
  },
};
