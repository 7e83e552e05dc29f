// The functions docker/cli adds to every template (cli/templates/templates.go), and the
// pass-through variants it uses when rendering a table header from the header map.
import { marshal } from '../goJson';
import { byteLength, utf8Encode } from '../runeWidth';
import { decodeUtf8 } from './builtins';
import { FuncError, type FuncDef } from './funcTypes';
import { formatValue, kindOf, sortedKeys, structTypeOf, typeName } from './goValues';

/** strings.Title: upper-cases the first letter of each word (ASCII alnum and _ join words). */
export function goTitle(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    out += isSeparator(prev) ? ch.toUpperCase() : ch;
    prev = ch;
  }
  return out;
}

function isSeparator(ch: string): boolean {
  if ((ch.codePointAt(0) as number) <= 0x7f) return !/[0-9a-zA-Z_]/.test(ch);
  if (/^[\p{L}\p{Nd}]$/u.test(ch)) return false;
  return /^\s$/u.test(ch);
}

function split(s: unknown, sep: unknown): string[] {
  return sep === '' ? Array.from(s as string) : (s as string).split(sep as string);
}

/** Go's %T for the join error message. */
function goTypeOf(v: unknown): string {
  return v === null || v === undefined ? '<nil>' : typeName(v);
}

/** docker/cli ≥ 25: joins any slice (fmt.Sprint of each) or a map's sorted values. */
function joinAny(elems: unknown, sep: unknown): string {
  const k = kindOf(elems);
  if (k === 'invalid' || k === 'nil') return '';
  if (k === 'slice') return (elems as unknown[]).map((e) => formatValue(e, false)).join(sep as string);
  if (k === 'map') {
    const o = elems as Record<string, unknown>;
    return sortedKeys(o).map((key) => formatValue(o[key], false)).sort().join(sep as string);
  }
  throw new FuncError(`expected slice, got ${structTypeOf(elems) ?? goTypeOf(elems)}`);
}

function truncate(s: unknown, n: unknown): string {
  const str = s as string;
  if (byteLength(str) < (n as number)) return str;
  return decodeUtf8(utf8Encode(str).slice(0, n as number));
}

function pad(s: unknown, prefix: unknown, suffix: unknown): string {
  if (s === '') return '';
  return ' '.repeat(Math.max(0, prefix as number)) + (s as string) + ' '.repeat(Math.max(0, suffix as number));
}

export interface DockerFuncOptions {
  /** Docker before 25 used strings.Join, which takes only []string. */
  legacyJoin?: boolean;
}

export function dockerFuncs(opts: DockerFuncOptions = {}): Record<string, FuncDef> {
  return {
    json: { params: ['any'], fn: (v) => marshal(v, { escapeHTML: false }) },
    split: { params: ['string', 'string'], fn: split },
    join: opts.legacyJoin
      ? { params: ['stringSlice', 'string'], fn: (e, sep) => (e as string[]).join(sep as string) }
      : { params: ['any', 'string'], fn: joinAny },
    title: { params: ['string'], fn: (s) => goTitle(s as string) },
    lower: { params: ['string'], fn: (s) => (s as string).toLowerCase() },
    upper: { params: ['string'], fn: (s) => (s as string).toUpperCase() },
    pad: { params: ['string', 'int', 'int'], fn: pad },
    truncate: { params: ['string', 'int'], fn: truncate },
  };
}

const same = (v: unknown): unknown => v;

/** templates.HeaderFunctions: the header row keeps its column names intact (18.03 lacked split/join). */
export function headerFunctions(legacy: boolean): Record<string, FuncDef> {
  const funcs: Record<string, FuncDef> = {
    json: { params: ['string'], fn: same },
    title: { params: ['string'], fn: same },
    lower: { params: ['string'], fn: same },
    upper: { params: ['string'], fn: same },
    truncate: { params: ['string', 'int'], fn: same },
  };
  if (!legacy) {
    funcs.split = { params: ['string', 'string'], fn: same };
    funcs.join = { params: ['string', 'string'], fn: same };
  }
  return funcs;
}
