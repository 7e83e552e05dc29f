// Go's fmt.Sprintf / Sprint / Sprintln over template values (see goValues.ts for the model).
// Deliberate leniency: %f, %e and %g accept integers too, since JS data cannot tell 3 from 3.0.
import { goQuote, goQuoteRune } from '../goQuote';
import { runeCount, utf8Encode } from '../runeWidth';
import { formatFloatG, formatValue, kindOf, typeName } from './goValues';

interface Spec {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width?: number;
  prec?: number;
}

/** Pads to the width in runes; numbers zero-pad after their sign. */
function pad(s: string, spec: Spec, numeric = false, zeroAllowed = true): string {
  const w = spec.width ?? 0;
  const n = runeCount(s);
  if (n >= w) return s;
  if (spec.minus) return s + ' '.repeat(w - n);
  if (!spec.zero || !zeroAllowed) return ' '.repeat(w - n) + s;
  if (!numeric) return '0'.repeat(w - n) + s;
  const sign = /^[+\- ]/.test(s) ? s[0] : '';
  return sign + '0'.repeat(w - n) + s.slice(sign.length);
}

function badVerb(verb: string, arg: unknown): string {
  if (arg === null || arg === undefined) return `%!${verb}(<nil>)`;
  return `%!${verb}(${typeName(arg)}=${formatValue(arg, false)})`;
}

function signed(body: string, negative: boolean, spec: Spec): string {
  if (negative) return '-' + body;
  if (spec.plus) return '+' + body;
  if (spec.space) return ' ' + body;
  return body;
}

function formatInt(n: number, verb: string, spec: Spec): string {
  const neg = n < 0;
  const a = Math.abs(n);
  let body: string;
  switch (verb) {
    case 'd':
    case 'v':
      body = String(a);
      break;
    case 'x':
      body = a.toString(16);
      break;
    case 'X':
      body = a.toString(16).toUpperCase();
      break;
    case 'o':
      body = a.toString(8);
      break;
    case 'b':
      body = a.toString(2);
      break;
    default:
      body = String(a);
  }
  if (spec.prec !== undefined) body = body.padStart(spec.prec, '0');
  if (spec.sharp) {
    if (verb === 'x') body = '0x' + body;
    else if (verb === 'X') body = '0X' + body;
    else if (verb === 'o' && !body.startsWith('0')) body = '0' + body;
  }
  // Go ignores the 0 flag for integers that have a precision.
  return pad(signed(body, neg, spec), spec, true, spec.prec === undefined);
}

function formatFloat(x: number, verb: string, spec: Spec): string {
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let body: string;
  if (!Number.isFinite(a)) body = Number.isNaN(a) ? 'NaN' : 'Inf';
  else if (verb === 'f' || verb === 'F') body = a.toFixed(spec.prec ?? 6);
  else if (verb === 'e' || verb === 'E') {
    body = a.toExponential(spec.prec ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
    if (verb === 'E') body = body.toUpperCase();
  } else {
    body = formatFloatG(a, spec.prec ?? -1);
    if (verb === 'G') body = body.toUpperCase();
  }
  return pad(signed(body, neg && !Number.isNaN(x), spec), spec, true);
}

/** strconv.CanBackquote: no backquote and no control characters other than tab. */
function canBackquote(s: string): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === '`' || c === 0x7f || c === 0xfeff || (c < 0x20 && ch !== '\t')) return false;
  }
  return true;
}

function formatString(s: string, verb: string, spec: Spec): string {
  switch (verb) {
    case 's':
    case 'v':
      return pad(spec.prec !== undefined ? Array.from(s).slice(0, spec.prec).join('') : s, spec);
    case 'q': {
      const t = spec.prec !== undefined ? Array.from(s).slice(0, spec.prec).join('') : s;
      if (spec.sharp && canBackquote(t)) return pad('`' + t + '`', spec);
      return pad(goQuote(t), spec);
    }
    case 'x':
    case 'X': {
      let bytes = utf8Encode(s);
      if (spec.prec !== undefined) bytes = bytes.slice(0, spec.prec);
      const h = bytes.map((b) => b.toString(16).padStart(2, '0')).join(spec.space ? ' ' : '');
      return pad(verb === 'X' ? h.toUpperCase() : h, spec);
    }
    default:
      return badVerb(verb, s);
  }
}

function formatOne(arg: unknown, verb: string, spec: Spec): string {
  if (verb === 'T') return pad(arg === null || arg === undefined ? '<nil>' : typeName(arg), spec);
  const kind = kindOf(arg);
  switch (kind) {
    case 'invalid':
    case 'nil':
      return verb === 'v' ? pad('<nil>', spec) : badVerb(verb, arg);
    case 'string':
      return formatString(arg as string, verb, spec);
    case 'bool':
      return verb === 'v' || verb === 't' ? pad(arg ? 'true' : 'false', spec) : badVerb(verb, arg);
    case 'int': {
      const n = Number(arg);
      if ('dvxXob'.includes(verb)) return formatInt(n, verb, spec);
      if (verb === 'c') return pad(String.fromCodePoint(n), spec);
      if (verb === 'q') return pad(goQuoteRune(n), spec);
      if (verb === 'U') return pad('U+' + n.toString(16).toUpperCase().padStart(4, '0'), spec);
      if ('eEfFgG'.includes(verb)) return formatFloat(n, verb, spec);
      return badVerb(verb, arg);
    }
    case 'float':
      if (verb === 'v') return formatFloat(arg as number, 'g', spec);
      if ('eEfFgG'.includes(verb)) return formatFloat(arg as number, verb, spec);
      return badVerb(verb, arg);
    default:
      return verb === 'v' || verb === 's' || verb === 'd' ? pad(formatValue(arg, false), spec) : badVerb(verb, arg);
  }
}

/** fmt.Sprintf with Go's verbs, flags, width, precision, `*` and its %!verb(...) error marks. */
export function sprintf(format: string, args: unknown[]): string {
  let out = '';
  let argi = 0;
  let i = 0;
  while (i < format.length) {
    const ch = format[i];
    if (ch !== '%') {
      out += ch;
      i++;
      continue;
    }
    i++;
    const spec: Spec = { minus: false, plus: false, sharp: false, space: false, zero: false };
    for (; i < format.length; i++) {
      const f = format[i];
      if (f === '-') spec.minus = true;
      else if (f === '+') spec.plus = true;
      else if (f === '#') spec.sharp = true;
      else if (f === ' ') spec.space = true;
      else if (f === '0') spec.zero = !spec.minus;
      else break;
    }
    const readNum = (): number | undefined => {
      if (format[i] === '*') {
        i++;
        const v = args[argi++];
        return typeof v === 'number' ? v : undefined;
      }
      const m = /^\d+/.exec(format.slice(i));
      if (!m) return undefined;
      i += m[0].length;
      return Number(m[0]);
    };
    spec.width = readNum();
    if (spec.width !== undefined && spec.width < 0) {
      spec.minus = true;
      spec.width = -spec.width;
    }
    if (format[i] === '.') {
      i++;
      spec.prec = readNum() ?? 0;
    }
    if (i >= format.length) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i) as number);
    i += verb.length;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += formatOne(args[argi++], verb, spec);
  }
  if (argi < args.length) {
    const extra = args.slice(argi).map((a) => (a === null || a === undefined ? '<nil>' : `${typeName(a)}=${formatValue(a, false)}`));
    out += '%!(EXTRA ' + extra.join(', ') + ')';
  }
  return out;
}

/** fmt.Sprint: a space goes between operands when neither side is a string. */
export function sprint(args: unknown[]): string {
  let out = '';
  args.forEach((a, n) => {
    const isStr = typeof a === 'string';
    if (n > 0 && !isStr && typeof args[n - 1] !== 'string') out += ' ';
    out += formatValue(a, false);
  });
  return out;
}

/** fmt.Sprintln: always spaces between operands, and a newline at the end. */
export function sprintln(args: unknown[]): string {
  return args.map((a) => formatValue(a, false)).join(' ') + '\n';
}
