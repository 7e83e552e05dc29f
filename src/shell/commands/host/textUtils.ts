// Text filters: grep, head, tail, wc, sort, uniq, tr, seq.
import { utf8Length } from '../../../engine/fs/tree';
import type { Command } from '../../types';
import { runtimeOf } from '../../interp/runtime';
import { badOption, joinLines, lines, openError, parseOpts, readInputs } from './util';

export const grepCommand: Command = {
  name: 'grep',
  summary: 'Print lines that match a pattern',
  run(cx, args) {
    const rt = runtimeOf(cx);
    const o = parseOpts(args, 'ivcnqEFwlh', 'eABC');
    if ('bad' in o) return badOption(cx, 'grep', o);
    const context = (k: 'A' | 'B') => Number(o.values[k] ?? o.values.C ?? 0);
    for (const k of ['A', 'B', 'C'] as const) {
      const v = o.values[k];
      if (v !== undefined && !/^\d+$/.test(v)) {
        cx.err(rt.style === 'gnu' ? `grep: ${v}: invalid context length argument\n` : `grep: invalid number '${v}'\n`);
        return 2;
      }
    }
    const after = context('A');
    const before = context('B');
    const ops = [...o.operands];
    const pattern = o.values.e ?? ops.shift();
    if (pattern === undefined) {
      cx.err(rt.style === 'gnu' ? "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n" : 'grep: no pattern\n');
      return 2;
    }
    let src = o.flags.has('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : toJsRegex(pattern, o.flags.has('E'));
    if (o.flags.has('w')) src = `\\b(?:${src})\\b`;
    const re = new RegExp(src, o.flags.has('i') ? 'i' : '');
    const { texts, failed } = readInputs(cx, ops, (n, m) => `grep: ${n}: ${m}\n`);
    const multi = ops.length > 1 && !o.flags.has('h');
    let matched = false;
    for (const { name, text } of texts) {
      const prefix = multi ? `${name === '-' ? '(standard input)' : name}:` : '';
      let count = 0;
      const all = lines(text);
      const hits = all.map((line) => re.test(line) !== o.flags.has('v'));
      const quiet = o.flags.has('c') || o.flags.has('q') || o.flags.has('l');
      // -A/-B/-C: context lines take '-' where matches take ':', and "--" separates the groups.
      let shownUpTo = -1;
      let lastHit = -Infinity;
      all.forEach((line, i) => {
        if (hits[i]) {
          count++;
          matched = true;
          lastHit = i;
        }
        if (quiet) return;
        const nextHit = hits.indexOf(true, i);
        const inContext = hits[i] || i - lastHit <= after || (nextHit >= 0 && nextHit - i <= before);
        if (!inContext) return;
        if ((after > 0 || before > 0) && shownUpTo >= 0 && i > shownUpTo + 1) cx.out('--\n');
        const sep = hits[i] ? ':' : '-';
        cx.out(`${multi ? prefix.slice(0, -1) + sep : ''}${o.flags.has('n') ? `${i + 1}${sep}` : ''}${line}\n`);
        shownUpTo = i;
      });
      if (o.flags.has('c')) cx.out(`${prefix}${count}\n`);
      if (o.flags.has('l') && count > 0) cx.out(`${name === '-' ? '(standard input)' : name}\n`);
    }
    if (failed && !o.flags.has('q')) return 2;
    return matched ? 0 : 1;
  },
};

/** POSIX basic regular expressions use \( \) \| \{ \} for groups; ERE and JS use bare ones. */
function toJsRegex(p: string, extended: boolean): string {
  if (extended) return p;
  return p.replace(/\\([(){}|+?])|([(){}|+?])/g, (_m, esc: string, bare: string) => (esc ? esc : '\\' + bare));
}

function countOpt(cmd: 'head' | 'tail', args: string[]): { n: number; fromStart: boolean; rest: string[] } | string {
  let n = 10;
  let fromStart = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const m = /^-(\d+)$/.exec(a);
    if (m) n = Number(m[1]);
    else if (a === '-n' || a.startsWith('-n')) {
      const v = a === '-n' ? args[++i] : a.slice(2);
      if (v === undefined || !/^[+-]?\d+$/.test(v)) return v ?? '';
      fromStart = cmd === 'tail' && v.startsWith('+');
      n = Math.abs(Number(v));
    } else if (a === '-f' || a === '-q') continue;
    else rest.push(a);
  }
  return { n, fromStart, rest };
}

function headTail(cmd: 'head' | 'tail'): Command {
  return {
    name: cmd,
    summary: cmd === 'head' ? 'Print the first lines' : 'Print the last lines',
    run(cx, args) {
      const rt = runtimeOf(cx);
      const gnu = rt.style === 'gnu';
      const o = countOpt(cmd, args);
      if (typeof o === 'string') {
        cx.err(gnu ? `${cmd}: invalid number of lines: ‘${o}’\n` : `${cmd}: invalid number '${o}'\n`);
        return 1;
      }
      const { texts, failed } = readInputs(cx, o.rest, openError(cmd, gnu, (n, m) => `${cmd}: cannot open '${n}' for reading: ${m}\n`));
      texts.forEach(({ name, text }, i) => {
        if (texts.length > 1) cx.out(`${i > 0 ? '\n' : ''}==> ${name === '-' ? 'standard input' : name} <==\n`);
        const ls = lines(text);
        const picked = cmd === 'head' ? ls.slice(0, o.n) : o.fromStart ? ls.slice(Math.max(0, o.n - 1)) : o.n === 0 ? [] : ls.slice(-o.n);
        cx.out(joinLines(picked));
      });
      return failed ? 1 : 0;
    },
  };
}

export const headCommand = headTail('head');
export const tailCommand = headTail('tail');

export const wcCommand: Command = {
  name: 'wc',
  summary: 'Count lines, words and bytes',
  run(cx, args) {
    const rt = runtimeOf(cx);
    const o = parseOpts(args, 'lwcm');
    if ('bad' in o) return badOption(cx, 'wc', o);
    const gnu = rt.style === 'gnu';
    const { texts, failed } = readInputs(cx, o.operands, openError('wc', gnu));
    const want = ['l', 'w', 'c'].filter((f) => o.flags.has(f) || (f === 'c' && o.flags.has('m')));
    const sel = want.length > 0 ? want : ['l', 'w', 'c'];
    const rows = texts.map(({ name, text }) => ({
      name: name === '-' ? '' : name,
      n: { l: (text.match(/\n/g) ?? []).length, w: text.split(/\s+/).filter(Boolean).length, c: utf8Length(text) } as Record<string, number>,
    }));
    if (rows.length > 1) rows.push({ name: 'total', n: { l: 0, w: 0, c: 0 } });
    if (rows.length > 1) for (const r of rows.slice(0, -1)) for (const k of ['l', 'w', 'c']) rows[rows.length - 1].n[k] += r.n[k];
    const single = sel.length === 1 && rows.length === 1;
    const width = gnu ? (single && o.operands.length <= 1 ? 1 : Math.max(o.operands.length === 0 ? 7 : 1, ...rows.flatMap((r) => sel.map((k) => String(r.n[k]).length)))) : 7;
    for (const r of rows) {
      const nums = sel.map((k) => String(r.n[k]).padStart(gnu ? width : single && !r.name ? 0 : width));
      cx.out(`${nums.join(gnu ? ' ' : ' ')}${r.name ? ' ' + r.name : ''}\n`);
    }
    return failed ? 1 : 0;
  },
};

export const sortCommand: Command = {
  name: 'sort',
  summary: 'Sort lines',
  run(cx, args) {
    const rt = runtimeOf(cx);
    const o = parseOpts(args, 'rnuf');
    if ('bad' in o) return badOption(cx, 'sort', o);
    const gnu = rt.style === 'gnu';
    const { texts, failed } = readInputs(cx, o.operands, openError('sort', gnu, (n, m) => `sort: cannot read: ${n}: ${m}\n`));
    if (failed) return 2;
    let ls = texts.flatMap((t) => lines(t.text));
    const key = (s: string): string => (o.flags.has('f') ? s.toUpperCase() : s);
    ls.sort((a, b) => {
      if (o.flags.has('n')) {
        const d = (parseFloat(a) || 0) - (parseFloat(b) || 0);
        if (d !== 0) return d;
      }
      const x = key(a);
      const y = key(b);
      return x < y ? -1 : x > y ? 1 : 0;
    });
    if (o.flags.has('r')) ls.reverse();
    if (o.flags.has('u')) ls = ls.filter((l, i) => i === 0 || key(l) !== key(ls[i - 1]));
    cx.out(joinLines(ls));
    return 0;
  },
};

export const uniqCommand: Command = {
  name: 'uniq',
  summary: 'Drop repeated adjacent lines',
  run(cx, args) {
    const rt = runtimeOf(cx);
    const o = parseOpts(args, 'cdu');
    if ('bad' in o) return badOption(cx, 'uniq', o);
    const { texts, failed } = readInputs(cx, o.operands.slice(0, 1), openError('uniq', rt.style === 'gnu'));
    if (failed) return 1;
    const groups: { line: string; n: number }[] = [];
    for (const l of lines(texts[0].text)) {
      const last = groups[groups.length - 1];
      if (last && last.line === l) last.n++;
      else groups.push({ line: l, n: 1 });
    }
    for (const g of groups) {
      if (o.flags.has('d') && g.n < 2) continue;
      if (o.flags.has('u') && g.n > 1) continue;
      cx.out(o.flags.has('c') ? `${String(g.n).padStart(7)} ${g.line}\n` : `${g.line}\n`);
    }
    return 0;
  },
};

function expandSet(s: string): string {
  const classes: Record<string, string> = {
    '[:lower:]': 'abcdefghijklmnopqrstuvwxyz',
    '[:upper:]': 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    '[:digit:]': '0123456789',
    '[:space:]': ' \t\n\r\f\v',
  };
  let t = s;
  for (const [k, v] of Object.entries(classes)) t = t.split(k).join(v);
  t = t.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
  return t.replace(/(.)-(.)/g, (_m, a: string, b: string) => {
    let out = '';
    for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) out += String.fromCharCode(c);
    return out;
  });
}

export const trCommand: Command = {
  name: 'tr',
  summary: 'Translate or delete characters',
  run(cx, args) {
    const del = args[0] === '-d';
    const sets = del ? args.slice(1) : args;
    if (sets.length < (del ? 1 : 2)) {
      cx.err("tr: missing operand\nTry 'tr --help' for more information.\n");
      return 1;
    }
    const from = expandSet(sets[0]);
    const to = del ? '' : expandSet(sets[1]);
    let out = '';
    for (const ch of cx.stdin) {
      const i = from.indexOf(ch);
      if (i < 0) out += ch;
      else if (!del) out += to[Math.min(i, to.length - 1)] ?? '';
    }
    cx.out(out);
    return 0;
  },
};

export const seqCommand: Command = {
  name: 'seq',
  summary: 'Print a sequence of numbers',
  run(cx, args) {
    const nums = args.map(Number);
    if (args.length === 0 || args.length > 3 || nums.some((n) => Number.isNaN(n))) {
      const bad = args.find((a) => Number.isNaN(Number(a)));
      cx.err(bad !== undefined ? `seq: invalid floating point argument: ‘${bad}’\n` : 'seq: missing operand\n');
      cx.err("Try 'seq --help' for more information.\n");
      return 1;
    }
    const [first, step, last] = nums.length === 1 ? [1, 1, nums[0]] : nums.length === 2 ? [nums[0], 1, nums[1]] : nums;
    const out: string[] = [];
    for (let x = first; step > 0 ? x <= last : x >= last; x += step) {
      out.push(String(x));
      if (out.length > 100000 || step === 0) break;
    }
    cx.out(joinLines(out));
    return 0;
  },
};
