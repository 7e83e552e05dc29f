// echo and printf.
import type { Command } from '../../types';

function unescape(s: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[++i];
    const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b', '\\': '\\' };
    if (n === 'c') return { text: out, stop: true };
    if (n in map) out += map[n];
    else if (n === '0') {
      const m = /^[0-7]{0,3}/.exec(s.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(m || '0', 8));
      i += m.length;
    } else out += '\\' + n;
  }
  return { text: out, stop: false };
}

export const echoCommand: Command = {
  name: 'echo',
  summary: 'Print arguments',
  run(cx, args) {
    let newline = true;
    let escapes = false;
    let i = 0;
    for (; i < args.length && /^-[neE]+$/.test(args[i]); i++) {
      if (args[i].includes('n')) newline = false;
      if (args[i].includes('e')) escapes = true;
      if (args[i].includes('E')) escapes = false;
    }
    let text = args.slice(i).join(' ');
    if (escapes) {
      const r = unescape(text);
      text = r.text;
      if (r.stop) newline = false;
    }
    cx.out(newline ? text + '\n' : text);
    return 0;
  },
};

export const printfCommand: Command = {
  name: 'printf',
  summary: 'Format and print arguments',
  run(cx, args) {
    if (args.length === 0) {
      cx.err('printf: usage: printf [-v var] format [arguments]\n');
      return 2;
    }
    const [format, ...rest] = args;
    let out = '';
    let k = 0;
    do {
      let consumed = false;
      out += format.replace(/%([-+ 0#]*)(\d*)(?:\.(\d+))?([sdibxXoc%])|\\./g, (m, flags: string, width: string, prec: string, conv: string) => {
        if (m.startsWith('\\')) return unescape(m).text;
        if (conv === '%') return '%';
        consumed = true;
        const arg = rest[k++] ?? '';
        let s: string;
        if (conv === 's') s = prec ? arg.slice(0, Number(prec)) : arg;
        else if (conv === 'b') s = unescape(arg).text;
        else if (conv === 'c') s = arg.slice(0, 1);
        else {
          const n = Math.trunc(Number(arg) || 0);
          s = conv === 'x' ? n.toString(16) : conv === 'X' ? n.toString(16).toUpperCase() : conv === 'o' ? n.toString(8) : String(n);
        }
        const w = Number(width || 0);
        if (s.length >= w) return s;
        if (flags.includes('-')) return s.padEnd(w);
        return flags.includes('0') && conv !== 's' ? s.padStart(w, '0') : s.padStart(w);
      });
      if (!consumed) break;
    } while (k < rest.length);
    cx.out(out);
    return 0;
  },
};
