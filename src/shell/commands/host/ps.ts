// ps over the kernel's process table. On the host every process shows, container processes
// included (they are host processes); inside a container only its own, numbered from PID 1 in
// its pid namespace. busybox images print busybox's format, Debian-like ones procps's.
import type { Process } from '../../../engine/world';
import type { Command, CommandContext } from '../../types';
import { runtimeOf } from '../../interp/runtime';
import { listProcesses } from '../../../engine/tables/processTable';

interface Row {
  pid: number;
  ppid: number;
  user: string;
  tty: string;
  stat: string;
  start: number;
  cmd: string;
}

/** PID of the login shell we show for the host terminal (it is not in the process table). */
const HOST_SHELL_PID = 1000;

function hhmm(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

function collect(cx: CommandContext): Row[] {
  const kernel = cx.ctx.world.hosts[cx.host].kernel;
  const now = cx.ctx.world.now;
  const procs = listProcesses(kernel).filter((p) => p.exitCode === undefined);
  const cid = cx.frame.kind === 'container' ? cx.frame.containerId : undefined;
  const toRow = (p: Process, inside: boolean): Row => ({
    pid: inside ? p.nsPid : p.pid,
    ppid: inside ? (p.nsPid === 1 ? 0 : 1) : p.ppid,
    user: p.user,
    tty: p.pid === cx.frame.pid ? 'pts/0' : '?',
    stat: (inside ? p.nsPid : p.pid) === 1 || p.pid === cx.frame.pid ? 'Ss' : 'S',
    start: p.startedAt,
    cmd: p.argv.join(' '),
  });
  if (cid) {
    const rows = procs.filter((p) => p.containerId === cid).map((p) => toRow(p, true));
    rows.sort((a, b) => a.pid - b.pid);
    // `docker exec c ps` runs ps as the exec's own process, already in the table: it is us.
    const last = rows[rows.length - 1];
    if (cx.frame.pid === undefined && last && last.pid !== 1 && last.start === now && /^(\S*\/)?ps( |$)/.test(last.cmd)) {
      last.stat = 'R';
      return rows;
    }
    const next = rows.length > 0 ? rows[rows.length - 1].pid + 1 : 1;
    const shell = rows.find((r) => r.tty === 'pts/0')?.pid ?? 1;
    rows.push({ pid: next, ppid: shell, user: cx.frame.user, tty: 'pts/0', stat: 'R+', start: now, cmd: 'ps' });
    return rows;
  }
  const rows = procs.map((p) => toRow(p, false)).sort((a, b) => a.pid - b.pid);
  const shellPid = cx.frame.pid ?? HOST_SHELL_PID;
  rows.push({ pid: shellPid, ppid: 1, user: cx.frame.user, tty: 'pts/0', stat: 'Ss', start: cx.ctx.world.now, cmd: '-bash' });
  rows.push({ pid: kernel.nextPid, ppid: shellPid, user: cx.frame.user, tty: 'pts/0', stat: 'R+', start: now, cmd: 'ps' });
  return rows;
}

export const psCommand: Command = {
  name: 'ps',
  summary: 'List processes',
  run(cx, args) {
    const rt = runtimeOf(cx);
    let rows = collect(cx);
    if (rt.style === 'busybox') {
      const lines = rows.map((r) => `${String(r.pid).padStart(5)} ${r.user.padEnd(8).slice(0, 8)} ${' 0:00'} ${r.cmd}`);
      cx.out(['PID   USER     TIME  COMMAND', ...lines].map((l) => l + '\n').join(''));
      return 0;
    }
    const w = cx.profile.name === 'classic' ? 5 : 7;
    const flags = args.join('');
    const pid = (n: number): string => String(n).padStart(w);
    let out: string[];
    if (/a/.test(flags) && /u/.test(flags) && /x/.test(flags)) {
      out = [`${'USER'.padEnd(8)} ${'PID'.padStart(w)} %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND`];
      for (const r of rows) {
        const vsz = r.cmd === 'ps' ? 7064 : 4624;
        const rss = r.cmd === 'ps' ? 1580 : 3700;
        out.push(`${r.user.padEnd(8)} ${pid(r.pid)}  0.0  0.0 ${String(vsz).padStart(6)} ${String(rss).padStart(5)} ${r.tty.padEnd(8)} ${r.stat.padEnd(4)} ${hhmm(r.start)}   0:00 ${r.cmd}`);
      }
    } else if (args.includes('-ef') || args.includes('-e') || args.includes('-A')) {
      const full = args.includes('-ef');
      out = [full ? `UID      ${' '.repeat(w - 3)}PID ${'PPID'.padStart(w)}  C STIME TTY          TIME CMD` : `${'PID'.padStart(w)} TTY          TIME CMD`];
      for (const r of rows) {
        const base = r.cmd.split(' ')[0].replace(/^-/, '').split('/').pop() ?? r.cmd;
        out.push(full ? `${r.user.padEnd(8)} ${pid(r.pid)} ${pid(r.ppid)}  0 ${hhmm(r.start)} ${r.tty.padEnd(8)} 00:00:00 ${r.cmd}` : `${pid(r.pid)} ${r.tty.padEnd(8)} 00:00:00 ${base}`);
      }
    } else {
      rows = rows.filter((r) => r.tty === 'pts/0');
      out = [`${'PID'.padStart(w)} TTY          TIME CMD`];
      for (const r of rows) out.push(`${pid(r.pid)} ${r.tty.padEnd(8)} 00:00:00 ${r.cmd.split(' ')[0].replace(/^-/, '').split('/').pop()}`);
    }
    cx.out(out.map((l) => l + '\n').join(''));
    return 0;
  },
};
