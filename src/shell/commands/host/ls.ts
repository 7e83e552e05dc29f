// ls: GNU coreutils layout on the host and in Debian-like images, busybox layout in alpine/busybox.
// Columns when stdout is the terminal, one name per line otherwise; -l long format.
import type { VfsStat } from '../../../engine/fs/vfs';
import type { Command, CommandContext } from '../../types';
import { runtimeOf, type Runtime } from '../../interp/runtime';
import { abs, badOption, parseOpts } from './util';

const WIDTH = 80;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HALF_YEAR = 182.5 * 24 * 3600 * 1000;

export function modeString(st: VfsStat): string {
  const type = st.type === 'd' ? 'd' : st.type === 'l' ? 'l' : '-';
  const rwx = (bits: number): string => `${bits & 4 ? 'r' : '-'}${bits & 2 ? 'w' : '-'}${bits & 1 ? 'x' : '-'}`;
  let s = type + rwx(st.mode >> 6) + rwx(st.mode >> 3) + rwx(st.mode);
  if (st.mode & 0o1000) s = s.slice(0, 9) + (st.mode & 1 ? 't' : 'T');
  return s;
}

export function lsDate(mtime: number, now: number): string {
  const d = new Date(mtime);
  const day = String(d.getUTCDate()).padStart(2);
  const recent = now - mtime < HALF_YEAR && mtime - now < 3600 * 1000;
  const tail = recent ? `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}` : ` ${d.getUTCFullYear()}`;
  return `${MONTHS[d.getUTCMonth()]} ${day} ${tail}`;
}

interface Entry {
  name: string;
  path: string;
  st: VfsStat;
}

function owner(rt: Runtime): [string, string] {
  if (rt.frame.kind === 'container') return ['root', 'root'];
  const host = rt.ctx.world.hosts[rt.host];
  return [host.user, 'staff'];
}

function linkCount(rt: Runtime, e: Entry): number {
  if (e.st.type !== 'd') return 1;
  return 2 + rt.vfs.readdir(e.path).filter((n) => rt.vfs.lstat(`${e.path}/${n}`)?.type === 'd').length;
}

function longLines(rt: Runtime, entries: Entry[]): string[] {
  const [user, group] = owner(rt);
  const now = rt.ctx.world.now;
  const rows = entries.map((e) => ({
    mode: modeString(e.st),
    links: String(linkCount(rt, e)),
    size: String(e.st.size),
    date: lsDate(e.st.mtime, now),
    name: e.st.type === 'l' ? `${e.name} -> ${e.st.target}` : e.name,
  }));
  if (rt.style === 'busybox') {
    return rows.map((r) => `${r.mode} ${r.links.padStart(4)} ${user.padEnd(8)} ${group.padEnd(8)} ${r.size.padStart(9)} ${r.date} ${r.name}`);
  }
  const lw = Math.max(...rows.map((r) => r.links.length));
  const sw = Math.max(...rows.map((r) => r.size.length));
  return rows.map((r) => `${r.mode} ${r.links.padStart(lw)} ${user} ${group} ${r.size.padStart(sw)} ${r.date} ${r.name}`);
}

function blocks(entries: Entry[]): number {
  return entries.reduce((n, e) => n + (e.st.type === 'l' ? 0 : Math.ceil(e.st.size / 4096) * 4), 0);
}

/** Column-major layout: as many columns as fit in the terminal width. */
export function columns(names: string[], style: 'gnu' | 'busybox'): string[] {
  if (names.length === 0) return [];
  if (style === 'busybox') {
    const w = Math.max(...names.map((n) => n.length)) + 2;
    const cols = Math.max(1, Math.floor(WIDTH / w));
    const rows = Math.ceil(names.length / cols);
    const out: string[] = [];
    for (let r = 0; r < rows; r++) {
      const cells: string[] = [];
      for (let c = 0; c < cols; c++) {
        const i = c * rows + r;
        if (i < names.length) cells.push(names[i]);
      }
      out.push(cells.map((s, i) => (i < cells.length - 1 ? s.padEnd(w) : s)).join(''));
    }
    return out;
  }
  for (let cols = Math.min(names.length, Math.floor(WIDTH / 3)); cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const usedCols = Math.ceil(names.length / rows);
    const widths: number[] = [];
    for (let c = 0; c < usedCols; c++) {
      const col = names.slice(c * rows, c * rows + rows);
      widths.push(Math.max(...col.map((n) => n.length)) + (c < usedCols - 1 ? 2 : 0));
    }
    if (cols > 1 && widths.reduce((a, b) => a + b, 0) > WIDTH) continue;
    const out: string[] = [];
    for (let r = 0; r < rows; r++) {
      let line = '';
      for (let c = 0; c < usedCols; c++) {
        const i = c * rows + r;
        if (i >= names.length) continue;
        const last = c === usedCols - 1 || (c + 1) * rows + r >= names.length;
        line += last ? names[i] : names[i].padEnd(widths[c]);
      }
      out.push(line);
    }
    return out;
  }
  return names;
}

export const lsCommand: Command = {
  name: 'ls',
  summary: 'List directory contents',
  run(cx: CommandContext, args: string[]) {
    const rt = runtimeOf(cx);
    const o = parseOpts(args, 'laA1dhF');
    if ('bad' in o) return badOption(cx, 'ls', o);
    const long = o.flags.has('l');
    const all = o.flags.has('a');
    const almost = o.flags.has('A');
    const onePerLine = o.flags.has('1') || !cx.isTty;
    const operands = o.operands.length > 0 ? o.operands : ['.'];
    const files: Entry[] = [];
    const dirs: Entry[] = [];
    let code = 0;
    for (const op of operands) {
      const path = abs(rt, op);
      const st = rt.vfs.stat(path) ?? rt.vfs.lstat(path);
      if (!st) {
        cx.err(rt.style === 'gnu' ? `ls: cannot access '${op}': No such file or directory\n` : `ls: ${op}: No such file or directory\n`);
        code = rt.style === 'gnu' ? 2 : 1;
        continue;
      }
      const lst = rt.vfs.lstat(path) ?? st;
      if (st.type === 'd' && !o.flags.has('d') && !(long && lst.type === 'l')) dirs.push({ name: op, path, st });
      else files.push({ name: op, path, st: long ? lst : st });
    }
    const sections: string[][] = [];
    const render = (entries: Entry[]): string[] =>
      long ? longLines(rt, entries) : onePerLine ? entries.map((e) => e.name) : columns(entries.map((e) => e.name), rt.style);
    if (files.length > 0) sections.push(render(sortEntries(files)));
    const headers = operands.length > 1 || files.length > 0;
    for (const d of sortEntries(dirs)) {
      const names = rt.vfs.readdir(d.path).filter((n) => all || almost || !n.startsWith('.'));
      const entries: Entry[] = names.map((n) => {
        const p = d.path === '/' ? `/${n}` : `${d.path}/${n}`;
        return { name: n, path: p, st: rt.vfs.lstat(p)! };
      });
      if (all) {
        const parent = d.path === '/' ? '/' : d.path.slice(0, d.path.lastIndexOf('/')) || '/';
        entries.unshift({ name: '.', path: d.path, st: d.st }, { name: '..', path: parent, st: rt.vfs.stat(parent)! });
      }
      const body = render(entries);
      const lines = [...(headers ? [`${d.name}:`] : []), ...(long ? [`total ${blocks(entries)}`] : []), ...body];
      sections.push(lines);
    }
    cx.out(sections.map((s) => s.map((l) => l + '\n').join('')).join('\n'));
    return code;
  },
};

function sortEntries(entries: Entry[]): Entry[] {
  return [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
