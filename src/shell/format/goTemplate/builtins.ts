// Go's text/template builtin functions with their exact error texts.
import { byteLength, utf8Encode } from '../runeWidth';
import { FuncError, type FuncDef } from './funcTypes';
import { sprint, sprintf, sprintln } from './goFmt';
import { formatValue, isTrue, kindOf, typeName, type GoKind } from './goValues';

function indexArg(index: unknown, cap: number): number {
  const k = kindOf(index);
  if (k === 'invalid' || k === 'nil') throw new FuncError('cannot index slice/array with nil');
  if (k !== 'int') throw new FuncError(`cannot index slice/array with type ${typeName(index)}`);
  const x = Number(index);
  if (x < 0 || x > cap) throw new FuncError(`index out of range: ${x}`);
  return x;
}

function index(item: unknown, ...indexes: unknown[]): unknown {
  if (item === undefined) throw new FuncError('index of untyped nil');
  let cur: unknown = item;
  for (const ix of indexes) {
    const k = kindOf(cur);
    if (k === 'nil') throw new FuncError('index of nil pointer');
    if (k === 'slice' || k === 'string') {
      const bytes = k === 'string' ? utf8Encode(cur as string) : (cur as unknown[]);
      const x = indexArg(ix, bytes.length);
      if (x === bytes.length) throw new FuncError(`reflect: ${k === 'string' ? 'string' : 'slice'} index out of range`);
      cur = bytes[x];
    } else if (k === 'map') {
      if (kindOf(ix) !== 'string') throw new FuncError(`value has type ${typeName(ix)}; should be string`);
      const o = cur as Record<string, unknown>;
      cur = Object.prototype.hasOwnProperty.call(o, ix as string) ? o[ix as string] : null;
    } else throw new FuncError(`can't index item of type ${typeName(cur)}`);
  }
  return cur;
}

function slice(item: unknown, ...indexes: unknown[]): unknown {
  const k = kindOf(item);
  if (k === 'invalid') throw new FuncError('slice of untyped nil');
  if (indexes.length > 3) throw new FuncError(`too many slice indexes: ${indexes.length}`);
  if (k === 'string' && indexes.length === 3) throw new FuncError('cannot 3-index slice a string');
  if (k !== 'string' && k !== 'slice') throw new FuncError(`can't slice item of type ${typeName(item)}`);
  const seq = k === 'string' ? utf8Encode(item as string) : (item as unknown[]);
  const idx = [0, seq.length];
  indexes.slice(0, 2).forEach((ix, i) => (idx[i] = indexArg(ix, seq.length)));
  if (idx[0] > idx[1]) throw new FuncError(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  const part = seq.slice(idx[0], idx[1]);
  return k === 'string' ? new TextDecoderLite().decode(part as number[]) : part;
}

/** Minimal UTF-8 decoder (the engine tsconfig has no TextDecoder); bad sequences become U+FFFD. */
class TextDecoderLite {
  decode(bytes: number[]): string {
    let out = '';
    for (let i = 0; i < bytes.length; ) {
      const b = bytes[i];
      const n = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
      if (n === 0 || i + n > bytes.length) {
        out += '\ufffd';
        i++;
        continue;
      }
      let c = n === 1 ? b : b & (0xff >> (n + 1));
      for (let j = 1; j < n; j++) c = (c << 6) | (bytes[i + j] & 0x3f);
      out += String.fromCodePoint(c);
      i += n;
    }
    return out;
  }
}

export const decodeUtf8 = (bytes: number[]): string => new TextDecoderLite().decode(bytes);

type Basic = 'bool' | 'int' | 'string' | 'invalid' | 'other';
function basicKind(v: unknown): Basic {
  const k: GoKind = kindOf(v);
  if (k === 'int' || k === 'float') return 'int';
  if (k === 'bool' || k === 'string') return k;
  if (k === 'invalid' || k === 'nil') return 'invalid';
  return 'other';
}

function eq(arg1: unknown, ...rest: unknown[]): boolean {
  if (rest.length === 0) throw new FuncError('missing argument for comparison');
  const k1 = basicKind(arg1);
  for (const arg of rest) {
    const k2 = basicKind(arg);
    let truth = false;
    if (k1 !== k2) {
      if (k1 !== 'invalid' && k2 !== 'invalid') throw new FuncError('incompatible types for comparison');
    } else if (k1 === 'other') {
      if (typeof arg1 === 'object' || typeof arg === 'object') throw new FuncError(`non-comparable type ${formatValue(arg1, false)}: ${typeName(arg1)}`);
      truth = arg1 === arg;
    } else truth = k1 === 'invalid' ? true : arg1 === arg;
    if (truth) return true;
  }
  return false;
}

function lt(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 === 'invalid' || k1 === 'other' || k2 === 'invalid' || k2 === 'other') throw new FuncError('invalid type for comparison');
  if (k1 !== k2) throw new FuncError('incompatible types for comparison');
  if (k1 === 'bool') throw new FuncError('invalid type for comparison');
  return (a as number | string) < (b as number | string);
}

function length(item: unknown): number {
  const k = kindOf(item);
  if (k === 'nil') throw new FuncError('len of nil pointer');
  if (k === 'invalid') throw new FuncError('reflect: call of reflect.Value.Type on zero Value');
  if (k === 'string') return byteLength(item as string);
  if (k === 'slice') return (item as unknown[]).length;
  if (k === 'map') return Object.keys(item as object).length;
  throw new FuncError(`len of type ${typeName(item)}`);
}

/** Go's evalArgs for html/js/urlquery: one string as is, anything else through Sprint. */
function evalArgs(args: unknown[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(args.map((a) => (a === null || a === undefined ? '<no value>' : a)));
}

const HTML_ESC: Record<string, string> = { '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;', '\0': '\ufffd' };
const JS_ESC: Record<string, string> = { '\\': '\\\\', "'": "\\'", '"': '\\"', '<': '\\u003C', '>': '\\u003E', '&': '\\u0026', '=': '\\u003D' };
const hex4 = (c: number): string => '\\u' + c.toString(16).toUpperCase().padStart(4, '0');

export function htmlEscape(s: string): string {
  return s.replace(/["'&<>\0]/g, (c) => HTML_ESC[c]);
}

export function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch in JS_ESC) out += JS_ESC[ch];
    else if (c < 0x20) out += hex4(c);
    else if (c < 0x80 || /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(ch)) out += ch;
    else out += c < 0x10000 ? hex4(c) : ch;
  }
  return out;
}

export function queryEscape(s: string): string {
  return utf8Encode(s)
    .map((b) => {
      const ch = String.fromCharCode(b);
      if (/[A-Za-z0-9\-_.~]/.test(ch)) return ch;
      if (ch === ' ') return '+';
      return '%' + b.toString(16).toUpperCase().padStart(2, '0');
    })
    .join('');
}

const cmp = (f: (a: unknown, b: unknown) => boolean): FuncDef => ({ params: ['value', 'value'], fn: f as FuncDef['fn'] });

export const BUILTINS: Record<string, FuncDef> = {
  and: { params: ['value'], variadic: 'value', fn: () => undefined },
  or: { params: ['value'], variadic: 'value', fn: () => undefined },
  not: { params: ['value'], fn: (a) => !isTrue(a) },
  len: { params: ['value'], fn: length },
  index: { params: ['value'], variadic: 'value', fn: index },
  slice: { params: ['value'], variadic: 'value', fn: slice },
  eq: { params: ['value'], variadic: 'value', fn: eq },
  ne: cmp((a, b) => !eq(a, b)),
  lt: cmp(lt),
  le: cmp((a, b) => lt(a, b) || eq(a, b)),
  gt: cmp((a, b) => !(lt(a, b) || eq(a, b))),
  ge: cmp((a, b) => !lt(a, b)),
  print: { params: [], variadic: 'any', fn: (...a) => sprint(a) },
  printf: { params: ['string'], variadic: 'any', fn: (f, ...a) => sprintf(f as string, a) },
  println: { params: [], variadic: 'any', fn: (...a) => sprintln(a) },
  html: { params: [], variadic: 'any', fn: (...a) => htmlEscape(evalArgs(a)) },
  js: { params: [], variadic: 'any', fn: (...a) => jsEscape(evalArgs(a)) },
  urlquery: { params: [], variadic: 'any', fn: (...a) => queryEscape(evalArgs(a)) },
};

